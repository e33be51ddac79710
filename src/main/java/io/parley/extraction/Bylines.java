package io.parley.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comment's byline left among its words, and the chrome a name picks up from the line it stands in. Real 2012
 * markup (the Dragnet pages of {@code heldout12-real}) often prints the byline as a plain paragraph of the record:
 * "by sageres (561626) on Tuesday July 24, @10:50AM (#40749629)" opening a Slashdot comment, "lucky said," opening a
 * WordPress theme's, "Posted by: Megan Sullivan | November 13, 2012 at 12:19 PM" closing a TypePad one. Such a line is
 * the comment's head, not its words; and a name read from a head line keeps what stands beside it there: a list
 * number ("3. CmdrR"), a website ("http://rickyleepotts.com/ rickyleepotts"), a member number ("(561626)"), Drupal's
 * "(not verified)".
 */
final class Bylines {

    private Bylines() {
    }

    /**
     * The comments with a byline found among their words moved to their head (author, and time where the record had
     * none), and every name cleaned of its line's chrome; comments with nothing to repair are returned as they were.
     */
    static List<ExtractedComment> repair(List<ExtractedComment> comments) {
        if (comments.isEmpty()) {
            return comments;
        }
        List<ExtractedComment> out = new ArrayList<>(comments.size());
        boolean changed = false;
        for (ExtractedComment c : comments) {
            Byline b = in(c.text(), c.author());
            String author = clean(b != null ? b.author() : c.author());
            String head = b == null ? fromHead(c.header()) : null;
            if (head != null && (author == null || head.startsWith(author + ",") || author.matches("\\d{1,4}\\s+" + Pattern.quote(head)))) {
                author = head; // ("9. Kirk, James T. - October 26, 2012": the whole name; "3 Ranjit | 11/6/2012": the name)
            }
            if (author == null && b == null) {
                author = c.author() == null ? null : c.author(); // (nothing better: keep what the record read)
            }
            if (b == null && java.util.Objects.equals(author, c.author())) {
                out.add(c);
                continue;
            }
            changed = true;
            String text = b != null ? b.rest() : c.text();
            String header = b == null ? c.header() : c.header() == null ? b.line() : c.header() + " " + b.line();
            String time = c.postedAt() == null && b != null ? b.time() : c.postedAt();
            out.add(new ExtractedComment(c.id(), c.parentId(), author, time, c.likes(), text, c.quotes(), c.depth(), header));
        }
        return changed ? out : comments;
    }

    /** What a byline line in the words gives: the name, the line's date (or null), the words without the line. */
    record Byline(String author, String time, String line, String rest) {
    }

    private static final String NAME = "(\\p{L}[\\p{L}\\p{N}_.' -]{0,38}?)";
    /** "by NAME (uid) on DATE (#id) Journal": a byline opening the words (Slashdot). */
    private static final Pattern OPENING_BY = Pattern.compile(
            "(?i)^(?:posted\\s+)?by:?\\s+" + NAME + "(?:\\s+\\(\\d{1,9}\\))?(?:\\s+on\\s+(.{4,60}?))?(?:\\s+\\(#\\d+\\))?"
                    + "(?:\\s+(?:homepage|journal))*\\s*$");
    /** "NAME said," / "NAME says:" / "NAME wrote:" alone on the first line. */
    private static final Pattern OPENING_SAID = Pattern.compile("(?i)^" + NAME + "\\s+(?:said|says|wrote)\\s*[,:.]?\\s*$");
    /** A commenter's web address, then the name, alone on the first line (Disqus's server-side cite). */
    private static final Pattern OPENING_SITE_NAME = Pattern.compile("(?i)^(?:https?://|www\\.)\\S+\\s+" + NAME + "\\s*$");
    /** "Posted by: NAME | DATE" / "Posted by: NAME at DATE" closing the words (TypePad, Movable Type). */
    private static final Pattern CLOSING_POSTED = Pattern.compile(
            "(?i)^posted\\s+by:?\\s+" + NAME + "\\s*(?:\\||\\bat\\b|\\bon\\b)\\s*(.{4,60})$");

    /**
     * The byline a comment's words open or close with, when the record found no author or found this one, or null.
     * Only a short line of its own (never a sentence of the comment) counts, and at least one more line must remain.
     */
    static Byline in(String text, String author) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        int firstEnd = text.indexOf('\n');
        if (firstEnd > 0) {
            String first = text.substring(0, firstEnd).strip();
            String rest = text.substring(firstEnd).strip();
            Matcher m = OPENING_BY.matcher(first);
            if (!rest.isEmpty() && m.matches() && fits(m.group(1), author)) {
                return new Byline(m.group(1).strip(), m.group(2) == null ? null : Dates.find(m.group(2)), first, rest);
            }
            m = OPENING_SAID.matcher(first);
            if (!rest.isEmpty() && m.matches() && Texts.wordCount(m.group(1)) <= 4 && fits(m.group(1), author)) {
                return new Byline(m.group(1).strip(), null, first, rest);
            }
            m = first.length() <= 100 ? OPENING_SITE_NAME.matcher(first) : null;
            if (!rest.isEmpty() && m != null && m.matches() && Texts.wordCount(m.group(1)) <= 4 && fits(m.group(1), author)) {
                return new Byline(m.group(1).strip(), null, first, rest); // "http://twitter.com/x Ann Lee" over the words (Disqus)
            }
            if (!rest.isEmpty() && author != null && first.equals(author.strip()) && Texts.wordCount(first) <= 5) {
                return new Byline(author.strip(), null, first, rest); // the record's name left as the words' first line
            }
        }
        int lastStart = text.lastIndexOf('\n');
        if (lastStart > 0) {
            String last = text.substring(lastStart + 1).strip();
            String rest = text.substring(0, lastStart).strip();
            Matcher m = CLOSING_POSTED.matcher(last);
            String time = m.matches() ? Dates.find(m.group(2)) : null;
            if (!rest.isEmpty() && time != null && fits(m.group(1), author)) {
                return new Byline(m.group(1).strip(), time, last, rest);
            }
        }
        return null;
    }

    /** A line that is a "Posted by: NAME | DATE" / "Posted by: NAME at DATE" byline and nothing else, or null. */
    static Byline posted(String line) {
        Matcher m = CLOSING_POSTED.matcher(line.strip());
        String time = m.matches() ? Dates.find(m.group(2)) : null;
        String name = time == null ? null : clean(m.group(1));
        return name == null ? null : new Byline(name, time, line.strip(), "");
    }

    /** The line's name may replace the record's: there is none, or it is the same name with chrome around it. */
    private static boolean fits(String name, String author) {
        if (author == null) {
            return true;
        }
        String a = author.toLowerCase(Locale.ROOT);
        String n = name.strip().toLowerCase(Locale.ROOT);
        return a.equals(n) || a.contains(n) && Texts.wordCount(a) > Texts.wordCount(n) || clean(author) == null;
    }

    /** "1. NAME - October 26, 2012", "3 NAME http://site | 11/6/2012 3:07:08 AM": a name, a dash or bar, a date. */
    private static final Pattern NAME_THEN_DATE = Pattern.compile("^(.+?)\\s+[-\u2013\u2014|]\\s+([^-\u2013\u2014|]{6,40})$");

    /**
     * The name of a head line that is a name (after a list number, with a website beside it) and a date after a dash
     * or a bar, the dash inside a name kept ("James Cannon - Runcorn Trekkie UK - October 26, 2012"); else null.
     */
    static String fromHead(String header) {
        if (header == null || header.length() > 120) {
            return null;
        }
        Matcher m = NAME_THEN_DATE.matcher(header.strip());
        if (!m.matches() || Dates.find(m.group(2)) == null || Dates.find(m.group(1)) != null) {
            return null;
        }
        String name = clean(BARE_LIST_NUMBER.matcher(m.group(1).strip()).replaceFirst(""));
        return name == null || Texts.wordCount(name) > 6 || !ALPHA.matcher(name).find() ? null : name;
    }

    private static final Pattern ALPHA = Pattern.compile("\\p{L}{2}");
    private static final Pattern LEADING_URL = Pattern.compile("^(?:https?://|www\\.)\\S+\\s+(?=\\p{L})");
    private static final Pattern TRAILING_URL = Pattern.compile("\\s+(?:https?://|www\\.)\\S+$");
    /** "3. ", "#3 ", "3) ": a comment's number before its name (a bare "94 " may be part of one: "94 Labs"). */
    private static final Pattern LIST_NUMBER = Pattern.compile("^(?:#\\d{1,4}:?|\\d{1,4}[.):])\\s+(?=\\p{L})");
    private static final Pattern BARE_LIST_NUMBER = Pattern.compile("^\\d{1,4}\\s+(?=\\p{L})");
    private static final Pattern BUTTON_LEAD = Pattern.compile("(?i)^(?:reply|quote|report)\\s+(?=\\S)");
    private static final Pattern MERIDIEM = Pattern.compile("(?i)[ap]\\.?m\\.?");
    private static final Pattern DATE_TAIL = Pattern.compile(
            "(?i)\\s+[-\u2013\u2014|]\\s+(?:(?:on\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b.*"
                    + "|\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b.*|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}.*)$");
    private static final Pattern STATUS_TAIL = Pattern.compile("(?i)\\s*(?:\\((?:not verified|unverified|\\d{3,9})\\)|#\\d{1,9})$");
    private static final Pattern BARE_NUMBER = Pattern.compile("#?\\d{1,6}\\.?");
    /** "written by ", "Posted by: ": a byline's label left before the name (Joomla's JomComment, news CMSs). */
    private static final Pattern BY_LABEL_LEAD = Pattern.compile("(?i)^(?:written|posted|submitted|added|commented|comment)\\s+by:?\\s+(?=\\p{L})");
    /**
     * " On Thursday", " on Friday, November 2": the head line's date after the name ("Mary Jane On Thursday, November 1 at
     * 2:58 pm", cut at its comma by the time part); no name ends in "on" and a weekday.
     */
    private static final Pattern ON_WEEKDAY_TAIL = Pattern.compile(
            "(?i)\\s+on\\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b.*$");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\\.?,?");

    /**
     * The name without what stood beside it in its line: a list number, a website, a "written by" label, the line's date
     * after a dash or after "on" and a weekday, a member number or "(not verified)"; null when nothing of a name is left (a weekday: "Fri, 2012-11-09 — X").
     */
    /** "X Posted on: <date>" split at its "on": the verb is the byline's, not the name's last word. */
    private static final Pattern POSTED_TAIL = Pattern.compile("(?i)\\s+(?:posted|written|submitted|added)$");

    static String clean(String author) {
        if (author == null) {
            return null;
        }
        String a = author.strip();
        a = LEADING_URL.matcher(a).replaceFirst("");
        a = TRAILING_URL.matcher(a).replaceFirst("");
        a = BUTTON_LEAD.matcher(a).replaceFirst("");
        a = BY_LABEL_LEAD.matcher(a).replaceFirst("");
        a = ON_WEEKDAY_TAIL.matcher(a).replaceFirst("");
        a = LIST_NUMBER.matcher(a).replaceFirst("");
        a = DATE_TAIL.matcher(a).replaceFirst("");
        a = STATUS_TAIL.matcher(a).replaceFirst("").strip();
        a = POSTED_TAIL.matcher(a).replaceFirst("");
        if (a.isEmpty() || WEEKDAY.matcher(a).matches() || BARE_NUMBER.matcher(a).matches() || MERIDIEM.matcher(a).matches()) {
            return null;
        }
        return a;
    }
}
