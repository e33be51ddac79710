package io.parley.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comment threads in rendered text dumps ({@code w3m -dump}, copy-paste of a page): the text twin of
 * {@link CommentRecords}. A thread shows as repeated records whose header line has one shape ("X says:" /
 * "Posted October 28, 2012 at 10:31 pm | Permalink" / "RiverRat62 Nov 30, 2026 9:02 am" / "bikebloke 5 hours
 * ago"), a body, and often a footer of actions ("Reply", "Report", "Like (3)", "40 LikesReply"). The header lines
 * are found by their date or "says:" cue, grouped by shape, and the largest group of headers that carry a body is
 * the thread; each header's block (the author line before it, a title, a member rank, the list bullet that opens
 * it) is read for author, time and likes; replies come from indentation (w3m indents nested lists and
 * blockquotes), from a reply-to name in the header, "In reply to X" and a leading "@X".
 */
final class DumpThreads {

    private DumpThreads() {
    }

    /** The thread found: the line range it covers and its comments; {@code cues} says a thread was seen at all. */
    record Result(int start, int end, List<ExtractedComment> comments, boolean cues) {
    }

    private static final Pattern MARKER = Pattern.compile("^(?:\\d{1,3}[.)]|[\\u2022\\u25e6\\u25aa\\u2023\\u25cf\\u25cb\\u25a1\\u2606\\u25a0\\u25c6*+#-])(?:\\s+|$)");
    private static final Pattern REF = Pattern.compile("^\\[[^\\]\\s]{0,24}\\]\\s*");
    private static final String MONTHS = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    /** Month names glued to a name before them, as w3m prints "anna_bergNovember 3, 2026". */
    private static final String GLUED = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    private static final String FOREIGN_MONTHS = "janvier|f\u00e9vrier|fevrier|mars|avril|mai|juin|juillet|ao\u00fbt|aout|septembre|octobre"
            + "|novembre|d\u00e9cembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
            + "|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|juni|juli|augustus|oktober";
    private static final String CLOCK = "(?:,?\\s*(?:at|@|-|\\u2013)?\\s*\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?)?";
    static final Pattern DATE = Pattern.compile("(?i)(?:(?<!\\p{L})(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:"
            + "(?:(?<![a-z])" + MONTHS + "|(?<=\\p{Ll})(?-i:" + GLUED + "))\\s+\\d{1,2}(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+\\d{4}(?!\\d))?" + CLOCK
            // (Tiki's and English prose's "21 of Nov, 2026", "21st of November 2026")
            + "|(?<![\\d])\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS + ",?\\s+\\d{4}(?!\\d)" + CLOCK
            // German's day with a full stop, "23. November 2026, 14:14 Uhr" (Zeit, Spiegel, FAZ comment headers)
            + "|(?<![\\d.])\\d{1,2}\\.\\s+(?:" + MONTHS + "|m(?:ä|ae)rz|mai|okt(?:ober)?|dez(?:ember)?)\\s+\\d{4}(?!\\d)" + CLOCK + "(?:\\s*uhr)?"
            // a year-less day and month with a clock, as Steam prints a post's date ("12 Nov @ 1:12pm")
            + "|(?<![\\d])\\d{1,2}\\s+" + MONTHS + "\\s*(?:@|at|,)?\\s*\\d{1,2}:\\d{2}\\s*[ap]\\.?m\\.?(?![a-z])"
            // the same with a 24-hour clock after "at", "@" or a comma, as Habr prints it ("19 Nov at 12:39")
            + "|(?<![\\d])\\d{1,2}\\s+" + MONTHS + "\\s*(?:@|at|,)\\s*\\d{1,2}:\\d{2}(?![\\d:]|\\s*[ap]\\.?m)"
            // a day and month alone on a line, as Flarum prints a post's date ("19 Nov")
            + "|(?<![\\d])\\d{1,2}\\s+" + MONTHS + "(?=\\s*$)"
            // (a day before it and a clock after: "22 November '26 - 18:20", PivotX)
            + "|(?<![\\d])\\d{1,2}\\s+" + MONTHS + "\\s+'\\d{2}(?!\\d)" + CLOCK
            + "|(?<![a-z])" + MONTHS + "\\s+'\\d{2}"
            + "|(?<![\\d/.-])\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}(?!\\d)" + CLOCK
            // day, month's name and year between dashes, as Mumsnet prints a post's date ("Sat 21-Nov-26 14:14:05")
            + "|(?<![\\d/-])\\d{1,2}-" + MONTHS + "-\\d{2,4}(?![\\d/-])" + CLOCK
            // a day, a month's name in French, Spanish, Italian or Dutch and a year, a clock after "à" ("21 novembre
            // 2026 à 14:14:05", jeuxvideo.com), as Dates reads them
            + "|(?<![\\d.])\\d{1,2}(?:er)?\\s+(?:de\\s+)?(?:" + FOREIGN_MONTHS + ")\\s+(?:de\\s+)?\\d{4}(?!\\d)"
            + "(?:,?\\s*(?:\u00e0|a las|\u00e0s|om|alle)?\\s*\\d{1,2}[:.h]\\d{2}(?::\\d{2})?)?"
            // day, month's name and year between dots, as Brazilian news sites print it ("27.nov.2026 às 13h09"; Dates reads it)
            + "|(?<!\\d|\\d\\.)\\d{1,2}\\." + MONTHS + "(?<=\\.)\\d{4}(?!\\d)(?:\\s+(?:\u00e0s?|a)?\\s*\\d{1,2}[:h]\\d{2})?"
            // day, month's name and year between slashes, as Jira prints a comment's date ("28/Nov/26 2:18 PM")
            + "|(?<![\\d/])\\d{1,2}/" + MONTHS + "/\\d{2,4}(?![\\d/])" + CLOCK
            + "|(?<!\\d)\\d{4}-\\d{2}-\\d{2}(?:(?:T|,?\\s)\\d{2}:\\d{2}(?::\\d{2})?)?"
            // year first between slashes, as Xoops and Japanese and Chinese boards print it ("2026/11/23 14:07")
            + "|(?<![\\d/])\\d{4}/\\d{1,2}/\\d{1,2}(?![\\d/])(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?"
            // year first between dots, as Korean blogs and news print it ("2026.11.21 14:14", "2026.11.21. 14:14"), and
            // the CJK date with its year, month and day words ("2026年11月21日 14:14", "2026년 11월 21일"), as Dates reads them
            + "|(?<![\\d.])\\d{4}\\.\\d{1,2}\\.\\d{1,2}\\.?(?![\\d.])(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?"
            + "|(?<!\\d)\\d{4}\\s?[\u5e74\ub144]\\s?\\d{1,2}\\s?[\u6708\uc6d4]\\s?\\d{1,2}\\s?[\u65e5\uc77c](?:\\s*\\d{1,2}:\\d{2})?"
            // the same without its year, only with the clock ("11月20日 07:21", Weibo): a month and day in prose stay words
            + "|(?<![\\d\u5e74\ub144\\s])(?<!\\d\\s)\\d{1,2}\\s?[\u6708\uc6d4]\\s?\\d{1,2}\\s?[\u65e5\uc77c]\\s*\\d{1,2}:\\d{2}(?![\\d:])"
            + "|(?:\\d+|an?|one|two|few)\\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\\.?\\s+ago"
            // a compact age, "17h ago" (Tildes, many widgets), or alone on its line under a name, "10h" (Twitter-likes)
            + "|(?<![\\w.])\\d{1,3}(?:min|hr|[smhdw])\\.?\\s+ago|^\\d{1,3}(?:min|[mhdw])$"
            // the same ages in the page's language, as the HTML path reads them ("hace 12 días", "il y a 3 heures")
            + "|(?:" + Dates.LOCAL_AGO.pattern() + ")"
            // "Yesterday, 07:30 AM" and "Today, 12:09 PM" (MyBB, vBulletin) as well as "today at 4:15 pm"
            + "|yesterday,?(?:\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]m)?)?|just now|today,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]m)?"
            // a short age after a separator at a header's end, as Lemmy and Mastodon print it ("name·4•11h")
            + "|(?<=[\\u00b7\\u2022|]\\s?)\\d{1,3}(?:min|mo|[mhdwy])$"
            // a time of day alone, as Blogger's "Posted by X at 10:31 PM" prints it: only with am/pm
            + "|(?<![\\d:])\\d{1,2}:\\d{2}\\s*[ap]\\.?m\\.?(?![a-z]))");
    // (a comma after the verb alone: "Ann Lee said," heads each comment of some WordPress themes)
    private static final Pattern SAYS = Pattern.compile(
            "(?i)^(.{1,48}?)\\s+(?:says|said|wrote|writes|commented)(?:\\s+on\\b.*|\\s*:.*|\\s*(?:\\.{2,3}|\\u2026)|\\s*,?)$");
    private static final Pattern BY = Pattern.compile(
            "(?i)(?<!sort\\s)\\b(?:posted|submitted|written|comment(?:ed)?|reply|answered)?\\s*(?<!sort\\s)by:?\\s+(?!(?:date|thread|time|votes?|score|newest|oldest|activity|popularity)\\b)(.{1,40}?)\\s*(?:$|\\bon\\b|\\bat\\b|[|\\u00bb\\u00ab\\u2022\\u00b7,(-]|(?<![\\p{L}\\p{N}_])\\d)");
    private static final Pattern PROFILE = Pattern.compile(
            "(?i)\\b(?:joined|registered|member since|last (?:seen|active|visit|edited)|edited|updated(?!\\s+by\\s)|copyright|posts?:|kudos:|location:)|\\u00a9"
                    // (a localized board's user cell: "Registriert: 03.01.2010", "Inscrit le: 03 Jan 2010", "Зарегистрирован: …")
                    + "|(?iu)(?<!\\p{L})(?:registriert|mitglied seit|dabei seit|beitr\u00e4ge:|wohnort:|inscrit(?: le)?:|localisation:|registrado"
                    + "|iscritto il|membro desde|reg:|inl\u00e4gg:|medlem sedan|zuletzt ge\u00e4ndert|derni\u00e8re \u00e9dition|do\u0142\u0105czy\u0142|\u0437\u0430\u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0438\u0440\u043e\u0432\u0430\u043d"
                    + "|\u0441\u043e\u043e\u0431\u0449\u0435\u043d\u0438\u044f:|\u043e\u0442\u043a\u0443\u0434\u0430:)(?!\\p{L})");
    // (a paged count before it: "Showing 1-11 of 11 comments", Steam's heading over a discussion's replies)
    private static final Pattern COMMENTS_HEADER = Pattern.compile("(?i)^(?:showing \\d+\\s*[-\\u2013]\\s*\\d+ of\\s+)?(?:\\d+|no|one|two|three)?\\s*(?:comments?|responses?|replies|"
            + "thoughts? on\\b.*|repl(?:y|ies) to\\b.*|(?:responses?|comments?) to [\u201c\"].*|reader comments|reactions|discussion|have your say|talkback|"
            + "comments? \\(\\d+\\)|comments?:|\\d+ comments? on\\b.*|comments?:?\\s+\\d{1,5}"
            // (a word between the count and the noun: "8 appreciated comments on “New work”", "12 Thoughtful Replies to …")
            + "|\\d+ \\p{L}{3,15} (?:comments?|responses?|replies|thoughts?) (?:on|to)\\b.*"
            // (the heading's title wrapped onto the next line: "9 Responses to / “Interview With …”")
            + "|(?:responses?|comments?|thoughts?) (?:to|on)(?=\\s*$)"
            // the same heading in the page's language, its count before or after ("댓글12", "Kommentare (14)", "评论 8")
            + "|(?:kommentare?|commentaires?|comentarios?|commenti|komentarze|reacties|комментари[йие]в?|"
            + "\ub313\uae00|\u8bc4\u8bba|\u8a55\u8ad6|\u30b3\u30e1\u30f3\u30c8)\\s*\\d{0,5})[: ]*(?:\\(\\d+\\))?:?(?:\\s*[\u00bb\u203a])?$");
    // (the count after the word: "Comments 14", Habr and other CMS headings; a guillemet after it, "Comments»",
    // as some WordPress themes print the heading)
    private static final Pattern END = Pattern.compile("(?i)^(?:leave a (?:reply|comment)|post a comment|add (?:a|your) comment"
            + "|write a comment|your (?:email|name)\\b.*|name\\s*\\*?|e-?mail\\s*\\*?|\\(c\\).*|\\u00a9.*|copyright\\b.*|"
            + "(?:newer|older) posts?|related (?:posts|articles|stories)|trackbacks?.*|pingbacks?.*|powered by\\b.*|"
            + "post reply|quick reply|you must be logged in.*|log in to (?:reply|comment).*|\\[\\s*\\].*|\\[ +\\].*"
            // the comment form's sign-in prompt: "Something to say? Choose one of these options to log in." (SB Nation)
            + "|[^.!?]{1,40}\\?\\s+(?:choose|please)\\b[^.!?]{0,60}\\b(?:log|sign) ?in\\b.*)$");
    private static final Set<String> ACTIONS = Set.of("reply", "replies", "delete", "report", "abuse", "like", "likes", "liked",
            "unlike", "share", "flag", "permalink", "link", "quote", "multiquote", "edit", "top", "back", "to", "up", "down",
            "vote", "votes", "upvote", "downvote", "recommend", "recommended", "save", "hide", "parent", "next", "prev",
            "context", "thread", "moderator", "respond", "with", "this", "comment", "post", "points", "point", "helpful",
            "agree", "disagree", "thanks", "thank", "cancel", "collapse", "expand", "block", "user", "mute", "award",
            "give", "gold", "embed", "source", "favorite", "favourite", "ignore", "pm", "profile", "www", "email",
            "quick", "multi", "spam", "flagged", "inappropriate", "reactions", "react", "upvotes", "downvotes", "score",
            "rating", "rate", "positive", "negative", "on", "off", "love", "loves", "hearts", "heart", "reblog", "retweet",
            "as", "show", "view", "more", "less", "all", "load", "older", "newer", "dislike", "dislikes", "kudos", "kudo",
            "content", "follow", "unfollow", "subscribe", "unsubscribe", "forward", "options",
            // (Giscus: "Write a reply" closes each thread, "Oldest Newest" sorts it)
            "write", "a", "oldest", "newest",
            // (Khoros: "513 Views" under each post)
            "views",
            // (Russian widgets: "\u041e\u0442\u0432\u0435\u0442\u0438\u0442\u044c \u2665 32", "+37 \u041e\u0442\u0432\u0435\u0442\u0438\u0442\u044c | \u0421\u0441\u044b\u043b\u043a\u0430": Reply, Link)
            "\u043e\u0442\u0432\u0435\u0442\u0438\u0442\u044c", "\u0441\u0441\u044b\u043b\u043a\u0430");
    private static final Pattern ACTION_SPLIT = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern WORDS = Pattern.compile("\\p{L}+");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d#])(\\d{1,6})(?![\\d:./])");
    private static final Pattern LIKES_HEADER = Pattern.compile(
            "(?i)(?:(\\d+)\\s*(?:points?|likes?|upvotes?|votes?|up\\b|\\u2665|\\u2764)|(?:like|likes|recommend|recommended|\\u2665|\\u2764|\\u25b2|\\+)\\s*\\(?(\\d+)\\)?)");
    private static final Pattern REPLY_TO = Pattern.compile(
            "(?i)^(?:in reply to|replying to|reply to|in response to|responding to|\\u21aa|\\u2192)(?:\\s*:)?\\s+@?(.{1,40}?)[:.]?$");
    // One token only: "@Communal Award" read as two words named an earlier commenter of a comment posted top level.
    /** "pier_pete replied to sealochsue" heading a reply (news CMS widgets): the first name is the author, the second the parent's. */
    // (and with an arrow: "Ravi Menon \u21b3 in reply to Gareth Lloyd", "Ravi Menon \u2192 Gareth Lloyd", a uCoz-like head)
    private static final Pattern REPLIED_TO = Pattern.compile("^@?([\\p{L}\\p{N}_.][\\p{L}\\p{N}_. '-]{0,38}?)\\s+"
            + "(?:(?:[\\u2192\\u21b3\\u21aa]\\s*)?(?i:replied to|in reply to|responded to|replying to(?: a comment from)?)|[\\u2192\\u21b3\\u21aa])\\s+@?(\\S.{0,39}?)[:.]?$");
    /** A mention link, a space and then a comma or colon typed after it ("@Eleri Price : …"): the name may have spaces. */
    private static final Pattern LINKED_MENTION = Pattern.compile("^@([\\p{L}\\p{N}_][\\p{L}\\p{N}_.'-]*(?: [\\p{L}\\p{N}_.'-]+){0,3}) +[,:] +(\\S.*)$");
    private static final Pattern MENTION = Pattern.compile("^@([\\p{L}\\p{N}_.-]{2,40})\\b[,:]?\\s*");
    /** "Reply from X:" heading a reply: X is its author (not the parent's). */
    private static final Pattern REPLY_FROM = Pattern.compile("(?i)^(?:reply|comment|response|answer|message)\\s+from\\s+@?(.{1,40}?)\\s*(?:[:|,\\u00b7\\u2022-]|$)");
    /** A reply cue that names no one but the time of the post answered ("In reply to an earlier post on <date>"). */
    private static final Pattern REPLY_AT = Pattern.compile("(?i)^(?:in reply to|in response to|replying to)\\s+(?:an?\\s+|the\\s+)?(?:earlier\\s+|previous\\s+)?(?:post|comment|message|reply)\\s+(?:on|of|from|at)\\s+(.{6,60})$");
    /** "In reply to <subject> by X" (Drupal's hidden line before a reply): X, the parent's author. */
    private static final Pattern IN_REPLY_BY = Pattern.compile("(?i)^in (?:reply|response) to\\s+.{1,160}?\\s+by\\s+@?(.{1,40}?)[:.]?$");
    /**
     * A reply cue in brackets, on a header line or opening the text: "(in response to X)" after a post's date (Jive),
     * "(In reply to X from comment #3)" over a tracker's quoted lines (Bugzilla), "[Re: X]" after a forum subject
     * (UBB.threads): X, the parent's author.
     */
    private static final Pattern REPLY_BRACKET = Pattern.compile(
            "(?i)(?:\\((?:in (?:reply|response) to|replying to)\\s+@?([^()]{1,40}?)(?:\\s+from\\s+comment\\s+#?\\d{1,6})?\\)"
            + "|\\[re:\\s+@?([^\\[\\]]{1,40}?)\\])\\s*$");
    /** "Originally posted by X View Post" over an unboxed quote (vBulletin 5): X, the parent's author; the quote opens the text. */
    private static final Pattern ORIGINALLY = Pattern.compile("(?i)^(?:quote:?\\s*)?originally posted by:?\\s+@?(.{1,40}?)(?:\\s+view post)?\\s*$");
    /** "level 2": the screen-reader line before each comment of new Reddit and similar threads (1 = top level). */
    private static final Pattern LEVEL = Pattern.compile("(?i)^(?:level|depth)\\s+(\\d{1,2})$");
    /**
     * "3 replies" / "1 reply": the replies printed next belong to the comment the line closes ("Show 2 more replies"
     * and "View 3 replies" announce replies the page does not show).
     */
    // (the number agrees with the noun: "19 Reply" is a like count beside a Reply button, Quora-likes, not 19 replies)
    // (and with the Reply button glued after it: "2 repliesReply", Medium)
    private static final Pattern REPLY_COUNT = Pattern.compile("(?i)^(?:(?:1|one) reply|(?:\\d{1,3}|two|three) replies)(?:\\s*reply)?$");
    /**
     * A reply's first paragraph naming the message it answers and quoting its first words ("Commented on ann's message:
     * The rent rise…", Mattermost; "Replying to Ann's comment: …"): the parent by name and words; not this post's text.
     */
    private static final Pattern REPLY_REF = Pattern.compile("(?i)^(?:commented on|replied to|replying to|in reply to|reply to|responding to)\\s+@?"
            + "([\\p{L}\\p{N}_.-][\\p{L}\\p{N}_. -]{0,38}?)(?:'s|\u2019s)\\s+(?:message|comment|post|reply|thread)\\s*:\\s*(\\S.*)$");
    /**
     * A reply's reference line printed over its header, a corner or arrow, the parent's name and its first words
     * ("\u256d @ann The rent rise should…", chat exports): the parent by name and words.
     */
    private static final Pattern REF_LINE = Pattern.compile("^[\\u256d\\u250c\\u21b3\\u21aa\\u2937\\u2514]\\s*@?([\\p{L}\\p{N}_.-]{2,40})[:,]?\\s+(\\S.{3,}?)\\s*$");
    /** A post number quoted at the text's start (">>48213377", imageboards): the post with that number is the parent. */
    private static final Pattern QUOTE_LINK = Pattern.compile("^>>(\\d{1,12})\\b\\s*");
    /** "in reply to 3" in a header (Fossil's forum): the post numbered 3 is the parent. */
    private static final Pattern IN_REPLY_NO = Pattern.compile("(?i)\\s*\\bin (?:reply|response) to:?\\s+(?:#|no\\.\\s*|post\\s+#?)?(\\d{1,6})\\b");
    /** A post's own number in its header line: "(3) By ann on …" (Fossil), "… No.48213377" (imageboards). */
    private static final Pattern OWN_NO = Pattern.compile("^\\((\\d{1,6})\\)\\s|\\bNo\\.\\s?(\\d{1,12})\\b");
    /** An outline number alone on a header line ("1.2.1", a threaded forum printed flat): the depth is its parts. */
    private static final Pattern OUTLINE = Pattern.compile("^#?(\\d{1,4}(?:\\.\\d{1,4}){0,8})$");
    /** A quote's header inside a post ("[1] SvetlanaK:", "Ann said:", "Ann wrote:"): the post it quotes is the parent. */
    /**
     * A quote's verb, English and as localized boards print it ("X hat geschrieben:", "X a écrit:", "X escribió:",
     * "X ha scritto:", "X писал(а):", "X napisał(a):").
     */
    private static final String QUOTE_VERBS = "(?:wrote|hat geschrieben|a \u00e9crit|escribi\u00f3|escreveu|ha scritto|schreef|napisa\u0142(?:\\(a\\)|a)?"
            + "|\u043f\u0438\u0441\u0430\u043b(?:\\(\u0430\\)|\u0430)?)";
    private static final Pattern QUOTE_HEAD = Pattern.compile("(?i)^(?:\\[\\d{1,4}\\]\\s*)?(?:quote:?\\s*)?(?:originally posted by\\s+|(?:replying|in reply|responding) to\\s+|in\\s+[\\p{L}\\p{N}_-]{1,20}#[\\p{L}\\p{N}_-]{1,20},\\s+)?@?([\\p{L}\\p{N}_.-][\\p{L}\\p{N}_. -]{0,30}?)(?:\\s+(?:said|says|writes|" + QUOTE_VERBS + ")(?:\\s+in\\s+#[\\w-]{1,20})?)?\\s*:$");
    /** A quote's source at the start of a line with its text ("(11-20-2026, 07:30 AM)hazelnut Wrote: If …" MyBB, "QUOTE (Fern @ Nov 10 2026, 06:03 PM)" IP.Board). */
    /** A quote's head glued to the quoted words: "leekman_len wrote:From row C, …". */
    private static final Pattern GLUED_QUOTE = Pattern.compile("^([\\p{L}\\p{N}_.][\\p{L}\\p{N}_. '-]{0,38}?)\\s+" + QUOTE_VERBS + ":\\s*(\\S.*)$");
    /** A post's subject row in a forum's table, the header clock's wrapped "am"/"pm" before it. */
    private static final Pattern SUBJECT_LINE = Pattern.compile("(?iu)^(?:([ap]m)\\s+)?(?:post subject|sujet du message|betreff|asunto|oggetto"
            + "|\u0437\u0430\u0433\u043e\u043b\u043e\u0432\u043e\u043a \u0441\u043e\u043e\u0431\u0449\u0435\u043d\u0438\u044f):");
    /** Where the text starts one column either side of {@code col} after a two-space gap, or -1. */
    private static int narrowGap(String t, int col) {
        for (int p = col - 1; p <= col + 1; p++) {
            if (p >= 3 && p < t.length() && t.charAt(p) != ' ' && t.charAt(p - 1) == ' ' && t.charAt(p - 2) == ' '
                    && t.charAt(p - 3) != ' ' && Texts.wordCount(t.substring(0, p)) <= 5) {
                return p;
            }
        }
        return -1;
    }

    /** "Ann Lee wrote:" alone on its line. */
    private static final Pattern WROTE_COLON = Pattern.compile("^([\\p{L}\\p{N}_.][\\p{L}\\p{N}_. '-]{0,38}?)\\s+" + QUOTE_VERBS + ":$");
    /** "Ann Lee wrote ...": a quote's head with dots for a colon (e107). */
    private static final Pattern WROTE_DOTS = Pattern.compile("^([\\p{L}\\p{N}_.][\\p{L}\\p{N}_. '-]{0,38}?)\\s+(?:wrote|said)\\s*(?:\\.{2,3}|\u2026)$");
    private static final Pattern INLINE_QUOTE = Pattern.compile("(?i)^(?:\\([^()]{4,40}\\)\\s*([^\\s()][^()]{0,38}?)\\s+wrote:|quote\\s*\\(([^@()]{2,40}?)\\s*@[^)]*\\))");
    /** "Quote from X" over a quote box (WoltLab and others print no colon). */
    private static final Pattern QUOTE_FROM = Pattern.compile("(?i)^(?:quote|quoting|quoted)\\s+from:?\\s+@?([\\p{L}\\p{N}_.-][\\p{L}\\p{N}_. -]{0,30}?)(?:\\s+on\\s+\\S.{3,40})?\\s*:?$");
    /**
     * A mail client's quote attribution ("On Sun, 22 Nov 2026 at 08:05, Ann Lee wrote: > …", mailing-list archives;
     * Gmail's "On Sat, Nov 28, 2026 at 11:50 AM Ann Lee <ann@example.org> wrote:"):
     * the quoted post, named by its author and time, is the parent.
     */
    private static final Pattern ON_WROTE = Pattern.compile("(?i)^on\\s+(.{6,60}?(?:\\s[ap]\\.?m\\.?)?),?\\s+([\\p{L}\\p{N}_][^,:<]{0,40}?)(?:\\s*<[^<>\\s]{3,80}>)?\\s+(?:wrote|said|writes):\\s*(.*)$");
    /** A newsreader's attribution, first line: "In article <message-id>,". */
    private static final Pattern IN_ARTICLE = Pattern.compile("(?i)^in article\\s+<[^<>\\s]{3,160}>,?$");
    /** Its second line: the poster and the address, "Ann Lee <ann@host> wrote:" (or "ann@host (Ann Lee) wrote:"). */
    private static final Pattern NAME_ADDRESS_WROTE = Pattern.compile(
            "^([\\p{L}\\p{N}_.][\\p{L}\\p{N}_. '-]{0,38}?)\\s*(?:<[^<>\\s]{3,80}>)?\\s+(?:wrote|writes|said):$");
    private static final Pattern SEPARATOR = Pattern.compile("^[\\u2500-\\u257f_=~*-]{1,}$");
    /** A one-word user name with a rank after it ("greenfingers_77 Regular", "Ewan New Member"): the name. */
    private static final Pattern TITLED_NAME = Pattern.compile("^(\\S{2,40})\\s+(?i:(?:new |senior |junior |full |active |"
            + "trusted |basic )?(?:member|regular|moderator|admin|administrator|guest|newbie|veteran|contributor|staff|leader))$");
    /** A post count after a separator at a header line's end: " · Posts: 20". */
    private static final Pattern COUNT_TAIL = Pattern.compile("(?i)\\s*[\u00b7\u2022|]\\s*(?:posts?|messages):\\s*\\d[\\d,.]{0,8}$");
    /** A rank w3m runs into the name before it ("Helen OkaforNewbie", "Tobias LindAdmin", Tapatalk): the name is before it. */
    private static final Pattern GLUED_RANK = Pattern.compile("(?<=[\\p{Ll}\\d_]|\\s\\p{Lu})(?:Newbie|(?:Senior |Junior |Full |Active |New )?Member|Admin(?:istrator)?|Moderator|Regular|Veteran|Guest|Contributor)$");
    private static final Pattern RANK = Pattern.compile("(?i)^(?:.*\\b(?:member|posts?|regular|moderator|admin(?:istrator)?|guest|"
            + "newbie|veteran|contributor|subscriber|user|staff|reputation|rep|karma|messages|reaction score|points|keymaster|participant|"
            + "spectator|champion|kudos|threads|joined)\\b.*)$");

    /** A dump line: its indentation (text start after a list bullet), whether a bullet opened it, its cleaned text. */
    private record Line(int indent, boolean marker, String text) {
        boolean blank() {
            return text.isEmpty();
        }
    }

    /** The dump's own clock line ("It is currently …", "Current time: …"), else the fetch time: relative times count from it. */
    private static final ThreadLocal<String> NOW = new ThreadLocal<>();

    static Result read(List<String> dump, Deadline deadline) {
        List<String> raw = FooterDatedRecords.reorder(DumpDoubledNames.merge(wrappedSignatures(gluedHeads(dump))));
        String clock = null;
        for (String r : raw) {
            if (r.length() < 200 && (r.contains("urrent") || r.contains("ime now"))) {
                Matcher m = CommentRecords.CLOCK_TEXT.matcher(Texts.squash(r));
                String d = m.find() ? Dates.find(m.group(1)) : null;
                if (d != null && d.length() >= 16) {
                    clock = d;
                    break;
                }
            }
        }
        NOW.set(clock != null ? clock : FetchClock.get());
        try {
            return readLines(raw, deadline);
        } finally {
            NOW.remove();
        }
    }

    /** A name glued to a year-less "M/D(曜) H:MM" date at a header line's end, after an optional bullet ("• yuu11/22(日) 12:22"). */
    private static final Pattern GLUED_WEEKDAY_DATE = Pattern.compile(
            "^(\\s*(?:[\\u2022\\u25a1\\u25e6\\u25cb\\u25a0\\u2606\\u2605*+-]\\s+)?)(\\S.{0,40}?)(\\d{1,2})/(\\d{1,2})\\([\\u65e5\\u6708\\u706b\\u6c34\\u6728\\u91d1\\u571f]\\)\\s*(\\d{1,2}:\\d{2})$");
    /** A name glued to a compact age and a vote score between arrows ("eastbanker11d\u25c032\u25b6"). */
    private static final Pattern GLUED_AGE_SCORE = Pattern.compile(
            "^(\\s*)(\\S.{0,40}?[^\\s\\d])(\\d{1,3}(?:mo|[smhdwy]))\\s*[\\u25c0\\u25b2\\u2191]\\s*-?\\d{1,5}\\s*[\\u25b6\\u25bc\\u2193]$");

    /**
     * Header lines where w3m glued the name to the date after it, because the page set them apart by CSS alone: a
     * name before a Japanese year-less date with its weekday in brackets ("yuu11/22(日) 12:22", "sho-111/22(日) 16:07":
     * the longest valid month wins, so the name keeps a digit only when the month cannot take it), rewritten as the
     * same date in the "11月22日 12:22" form the reader knows; a name before a compact age and a score between vote
     * arrows ("eastbanker11d◀32▶", ForumMagnum-like karma widgets) as "name · 11d". Without the split the name and
     * date were one word, no line read as a header and the whole section stayed unparsed.
     */
    static List<String> gluedHeads(List<String> dump) {
        List<String> out = null;
        for (int i = 0; i < dump.size(); i++) {
            String l = dump.get(i);
            if (l.length() > 80 || l.isBlank()) {
                continue;
            }
            String fixed = null;
            char last = l.charAt(l.length() - 1);
            if (Character.isDigit(last) && l.indexOf('(') > 0) {
                Matcher m = GLUED_WEEKDAY_DATE.matcher(l);
                if (m.matches()) {
                    String name = m.group(2);
                    String month = m.group(3);
                    if (Integer.parseInt(month) > 12 && month.length() == 2) {
                        name += month.charAt(0);
                        month = month.substring(1);
                    }
                    int mo = Integer.parseInt(month);
                    int day = Integer.parseInt(m.group(4));
                    if (mo >= 1 && mo <= 12 && day >= 1 && day <= 31 && !name.isBlank()) {
                        fixed = m.group(1) + name.stripTrailing() + "\u00b7" + mo + "\u6708" + day + "\u65e5 " + m.group(5);
                    }
                }
            } else if (last == '\u25b6' || last == '\u25bc' || last == '\u2193') {
                Matcher m = GLUED_AGE_SCORE.matcher(l);
                if (m.matches()) {
                    fixed = m.group(1) + m.group(2).stripTrailing() + " \u00b7 " + m.group(3);
                }
            }
            if (fixed != null) {
                if (out == null) {
                    out = new ArrayList<>(dump);
                }
                out.set(i, fixed);
            }
        }
        return out == null ? dump : out;
    }

    private static final Pattern POSTED_BY_LEAD = Pattern.compile("(?i)^\\s*(?:posted|submitted|written)\\s+by:?\\s+\\S");
    private static final Pattern CLOCK_ALONE = Pattern.compile("(?i)^(?:(?:(?:19|20)\\d\\d,?\\s+)?\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?|[ap]\\.?m\\.?)$");

    /**
     * A signature's date wrapped onto the line under it in a narrow column ("Posted by: Ann Lee at / November 8, 2012
     * 7:12 AM", "Posted by: Bo at November 8, 2012 / 7:22 AM", "… at November 8, / 2012 7:50 AM", "… 7:30 / AM"): joined back into one line (the next one left blank, so
     * every line keeps its place); a signature without its date read as no signature, and the comments one off.
     */
    private static List<String> wrappedSignatures(List<String> dump) {
        List<String> out = null;
        for (int i = 0; i + 1 < dump.size(); i++) {
            String l = dump.get(i);
            if (l.length() > 90 || !POSTED_BY_LEAD.matcher(l).lookingAt()) {
                continue;
            }
            String n = dump.get(i + 1);
            String nt = n.strip();
            int indent = l.length() - l.stripLeading().length();
            if (nt.isEmpty() || nt.length() > 40 || n.length() - n.stripLeading().length() != indent
                    || !(CLOCK_ALONE.matcher(nt).matches() || DATE.matcher(nt).lookingAt() && Dates.find(nt) != null)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(dump);
            }
            out.set(i, l.stripTrailing() + " " + nt);
            out.set(i + 1, "");
            i++;
        }
        return out == null ? dump : out;
    }

    private static Result readLines(List<String> raw, Deadline deadline) {
        List<Line> lines = new ArrayList<>(raw.size());
        for (String r : raw) {
            lines.add(line(r));
        }
        deadline.checkNow();
        int heading = -1;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text;
            if (t.length() <= 120 && COMMENTS_HEADER.matcher(t).matches() && !menuEntry(lines, i)) {
                heading = i;
            }
        }
        final int sectionAt = heading;
        // Candidate header lines, by shape.
        Map<String, List<Integer>> byShape = new LinkedHashMap<>();
        int actionLines = 0;
        for (int i = 0; i < lines.size(); i++) {
            deadline.check();
            Line l = lines.get(i);
            if (action(l.text) != null) {
                actionLines++;
            }
            String shape = anchorShape(l.text);
            if (shape != null && i > 0 && Texts.wordCount(l.text) <= 3 && profileLabelAbove(lines.get(i - 1).text)) {
                shape = null; // a member's join date under its label ("Joined: / 2010/1/3" in a user cell), no post's
            }
            if (shape != null && joinDateField(lines, i)) {
                shape = null; // a member's join date as one field among the user box's others, no post's
            }
            if (shape != null) {
                byShape.computeIfAbsent(shape, k -> new ArrayList<>()).add(i);
            }
        }
        List<Integer> best = null;
        double bestScore = 0;
        List<Integer> headings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text;
            if (t.length() <= 120 && COMMENTS_HEADER.matcher(t).matches() && !menuEntry(lines, i)) {
                headings.add(i);
            }
        }
        for (Map.Entry<String, List<Integer>> e : byShape.entrySet()) {
            List<Integer> group = e.getValue();
            // A heading counts when the thread follows it closely; "Comments" in the navigation says nothing.
            boolean headed = headings.stream().anyMatch(h -> h < group.get(0) && h >= group.get(0) - HEADING_REACH);
            // One record alone needs a heading that counts ("1 Comment", "One response"): a "Comments" link in the
            // navigation above an article's dateline is none.
            boolean counted = headings.stream().anyMatch(h -> h < group.get(0) && h >= group.get(0) - HEADING_REACH
                    && COUNTED.matcher(lines.get(h).text).find());
            if (!commentish(lines, e.getKey(), group, headed)) {
                continue;
            }
            int withBody = 0;
            double score = 0;
            for (int k = 0; k < group.size(); k++) {
                int end = k + 1 < group.size() ? group.get(k + 1) : Math.min(lines.size(), group.get(k) + 40);
                if (hasBody(lines, group.get(k) + 1, end)) {
                    withBody++;
                    // Headers before the section's own heading are likelier the article's dateline or a sidebar.
                    score += sectionAt < 0 || group.get(k) > sectionAt ? 1 : 0.25;
                }
            }
            long after = sectionAt < 0 ? group.size() : group.stream().filter(a -> a > sectionAt).count();
            if (withBody >= 2 && withBody >= group.size() * 0.5 || withBody == 1 && counted) {
                // On a tie the header line that comes first in each record ("X says:" before its date line).
                if (score > bestScore || score == bestScore && best != null && group.get(0) < best.get(0)) {
                    best = group;
                    bestScore = score;
                }
            }
        }
        boolean cues = sectionAt >= 0 || actionLines >= 3;
        if (best == null && !cues) {
            // dates alone at the margin beside prose printed in a second column (a tracker's notes as a table, the
            // user cell with its date beside each note, Mantis): a thread this reader does not take apart, not none
            cues = besideProse(lines);
        }
        if (best == null) {
            return new Result(lines.size(), lines.size(), List.of(), cues);
        }
        List<Integer> anchors = best;
        if (sectionAt >= 0 && anchors.size() > 1) {
            List<Integer> after = anchors.stream().filter(a -> a > sectionAt).toList();
            // (or all but a few where many follow it: the article's dateline and the "This entry was posted on <date>"
            // line under it, both above "9 Responses to …", are no comments)
            if (!after.isEmpty() && (after.size() >= anchors.size() - 1 || after.size() >= 6 && after.size() >= anchors.size() * 0.75)) {
                anchors = after;
            }
        }
        int lone = loneOpening(lines, byShape, anchors);
        if (lone >= 0) {
            List<Integer> withLone = new ArrayList<>(anchors);
            withLone.add(0, lone);
            anchors = withLone;
        }
        int opening = openingPost(lines, anchors, sectionAt);
        if (opening >= 0) {
            List<Integer> withOpening = new ArrayList<>(anchors);
            withOpening.add(0, opening);
            deadline.checkNow();
            // (the first record's header starts at the name above the date line, not higher)
            int name = opening - 1;
            while (lines.get(name).blank()) {
                name--;
            }
            return records(lines, withOpening, name - 1, deadline);
        }
        deadline.checkNow();
        List<Integer> minor = minorHeaders(lines, byShape, anchors, headings);
        if (!minor.isEmpty()) {
            List<Integer> all = new ArrayList<>(anchors);
            all.addAll(minor);
            java.util.Collections.sort(all);
            // (where the dump indents replies, the indentation says which record answers which: the shapes only
            // split the records)
            boolean flat = all.stream().map(a -> lines.get(a).indent).distinct().count() == 1;
            // (and only where they come in two runs or more, each after a post: one run is likelier the newest
            // comments dated another way, "2 hours ago" after "Nov 28, 2026", than one post's comments)
            int runs = 0;
            for (int k = 1; k < all.size(); k++) {
                if (minor.contains(all.get(k)) && !minor.contains(all.get(k - 1))) {
                    runs++;
                }
            }
            // (nor where both shapes' records are numbered in one run: one list, headers of two lengths)
            return records(lines, all, sectionAt, flat && runs >= 2 && !oneNumbering(lines, all) ? Set.copyOf(minor) : Set.of(), deadline);
        }
        return records(lines, anchors, sectionAt, Set.of(), deadline);
    }

    private static boolean menuEntry(List<Line> lines, int i) {
        Line l = lines.get(i);
        Line prev = i > 0 ? lines.get(i - 1) : null;
        Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
        return DumpMenus.entry(l.marker, l.text, prev != null && prev.marker, prev == null ? null : prev.text,
                next != null && next.marker, next == null ? null : next.text);
    }

    /** A quote's attribution inside a post ("On <date>, X wrote:", "X said:", a line over "> " lines): no post's header. */
    private static boolean quoteHead(List<Line> lines, int a) {
        String t = lines.get(a).text;
        int next = firstText(lines, a + 1);
        // (w3m wraps a long attribution: "On Sat, Nov 28, 2026 at 11:09 PM Ann Lee / <ann@example.org> wrote:")
        // ("Quote from: Ann on November 22, 2026, 10:27:00 AM" over the quoted words, SMF: no less a quote's head)
        return ON_WROTE.matcher(t).matches() || QUOTE_HEAD.matcher(t).matches() || t.endsWith(":") || t.startsWith("On ")
                || t.length() <= 120 && QUOTE_FROM.matcher(t).matches()
                || next < lines.size() && lines.get(next).text.matches("(?i).*\\b(?:wrote|said|writes):$")
                || next < lines.size() && lines.get(next).text.startsWith(">") || lines.get(a).indent > 0 && next < lines.size()
                && lines.get(next).indent > lines.get(a).indent;
    }

    /**
     * Header lines of a second shape among the thread's own, no more than them, each after one of them with its own text
     * ("bridgewatcher · 12 days ago" comments under answers headed "Lives in Wexcombe · Answered Nov 22", "Reply from
     * X: 2 hours ago" under reviews "X reviewed 3 days ago"): the comments on the posts above them, which the main
     * shape alone merged into those posts. Empty when there are none.
     */
    private static List<Integer> minorHeaders(List<Line> lines, Map<String, List<Integer>> byShape, List<Integer> anchors,
                                              List<Integer> headings) {
        if (anchors.size() < 2 || footerMode(lines, anchors)) {
            return List.of();
        }
        int first = anchors.get(0);
        int last = anchors.get(anchors.size() - 1);
        Set<Integer> main = Set.copyOf(anchors);
        List<Integer> pick = List.of();
        for (Map.Entry<String, List<Integer>> e : byShape.entrySet()) {
            List<Integer> g = e.getValue();
            if (g.size() < 2 || g.size() > anchors.size() || g.get(0) <= first || g.get(g.size() - 1) > last + 60
                    || g.stream().anyMatch(main::contains) || g.stream().noneMatch(a -> a < last)) {
                continue;
            }
            boolean headed = headings.stream().anyMatch(h -> h < g.get(0) && h >= g.get(0) - HEADING_REACH);
            if (!commentish(lines, e.getKey(), g, headed) || g.stream().anyMatch(a -> quoteHead(lines, a))) {
                continue;
            }
            List<Integer> all = new ArrayList<>(anchors);
            all.addAll(g);
            java.util.Collections.sort(all);
            boolean bodies = true;
            for (int k = 0; k < all.size() && bodies; k++) {
                int end = k + 1 < all.size() ? all.get(k + 1) : Math.min(lines.size(), all.get(k) + 40);
                bodies = hasBody(lines, all.get(k) + 1, end);
            }
            if (bodies && !footerMode(lines, all) && g.size() > pick.size()) {
                pick = g;
            }
        }
        return pick;
    }

    private static final Pattern ORDINAL_HEAD = Pattern.compile("^(\\d{1,3})\\s+\\S.*");

    /**
     * Whether the records of both shapes are numbered in one run (1, 2, 3, … on the line that opens each header, the
     * header's lines at most three): one comment list whose headers differ only in how many lines they take (a
     * Thesis theme's "2 Name / Twitter: handle / date" beside "1 Name date"), not posts and the comments on them.
     */
    private static boolean oneNumbering(List<Line> lines, List<Integer> all) {
        int expected = -1;
        int floor = -1;
        for (int a : all) {
            Integer n = null;
            for (int j = a; j >= Math.max(floor + 1, a - 3) && n == null; j--) {
                Matcher m = lines.get(j).blank() ? null : ORDINAL_HEAD.matcher(lines.get(j).text.strip());
                if (m != null && m.matches()) {
                    n = Integer.parseInt(m.group(1));
                }
            }
            if (n == null || expected >= 0 && n != expected) {
                return false;
            }
            expected = n + 1;
            floor = a;
        }
        return all.size() >= 3;
    }

    /**
     * A forum's opening post above its replies' heading ("Oksana Petrenko / 12 Nov @ 11:31am / title / text / Showing
     * 1-11 of 11 comments", Steam): a date line of the replies' date form under a name alone, where that name also
     * heads or is quoted in a reply (the thread's starter answering). Its line, or -1.
     */
    private static int openingPost(List<Line> lines, List<Integer> anchors, int sectionAt) {
        if (sectionAt < 0 || anchors.isEmpty() || anchors.get(0) < sectionAt) {
            return -1;
        }
        String kind = anchorShape(lines.get(anchors.get(0)).text);
        if (kind == null || kind.indexOf(':') < 0) {
            return -1; // ("X says:" headers: no date form to match)
        }
        kind = kind.substring(0, kind.indexOf(':'));
        for (int i = sectionAt - 1; i > 0 && i >= sectionAt - HEADING_REACH; i--) {
            String t = lines.get(i).text;
            String shape = anchorShape(t);
            Matcher d = DATE.matcher(t);
            if (shape == null || !shape.startsWith(kind + ":0") || !d.find() || d.start() != 0) {
                continue;
            }
            int n = i - 1;
            while (n >= 0 && lines.get(n).blank()) {
                n--;
            }
            if (n < 0) {
                return -1;
            }
            String name = clean(lines.get(n).text);
            if (!nameLike(name) || name.length() < 3) {
                return -1;
            }
            for (int a : anchors) {
                int end = Math.min(lines.size(), a + 12);
                for (int j = a; j < end; j++) {
                    String u = lines.get(j).text;
                    if (j == a && u.startsWith(name) || u.contains(name) && QUOTE_HEAD.matcher(u).matches()) {
                        return i;
                    }
                }
            }
            return -1;
        }
        return -1;
    }

    /**
     * A forum's opening post headed once, in the replies' shape but with "Posted" where they say "Reply" ("« Posted
     * on: November 22, 2026 »" over "« Reply #1 on: … »", SMF): the line, when it stands alone in its shape above the
     * first reply with text between; else -1.
     */
    private static int loneOpening(List<Line> lines, Map<String, List<Integer>> byShape, List<Integer> anchors) {
        String main = anchorShape(lines.get(anchors.get(0)).text);
        if (main == null || !(" " + main + " ").contains(" reply ")) {
            return -1;
        }
        String want = (" " + main + " ").replace(" reply ", " posted ").strip();
        List<Integer> g = byShape.get(want);
        if (g == null || g.size() != 1 || g.get(0) >= anchors.get(0) || anchors.get(0) - g.get(0) > 40
                || !hasBody(lines, g.get(0) + 1, anchors.get(0))) {
            return -1;
        }
        return g.get(0);
    }

    private static final Pattern STRONG_SHAPE = Pattern.compile(
            "^says|^rel|\\b(?:says|said|wrote|by|posted|submitted|permalink|points?|reply|ago)\\b");

    /**
     * Evidence that a group of dated lines heads comments, not a list of other stories or events: a comments
     * heading above it, a comment cue in its shape ("says", "Posted by", "ago", "Permalink"), action footers
     * under most records, replies indented under others, or a name heading several of its records.
     */
    private static final int HEADING_REACH = 30;
    private static final Pattern COUNTED = Pattern.compile("(?i)^(?!0\\b|no\\b).*(?:[1-9]|^(?:one|two|three)\\b)");
    /**
     * A localized board's "by X" opening a post's header line: "Beitrag von X »" (German), "par X »" / "Posté par X"
     * (French), "por X »" (Spanish, Portuguese), "da X »" is left out (Italian's "da" is too common a word).
     */
    private static final Pattern LOCAL_BY = Pattern.compile(
            "(?iu)^(?:beitrag\\s+von|von|(?:post\u00e9\\s+|message\\s+)?par|(?:publicado\\s+|mensaje\\s+)?por|\u043e\u0442)\\s+(.{1,40}?)\\s*(?:$|[\u00bb\u00ab|\u2022\u00b7,(]|\\s(?-i:am|le|el|em|on)\\s|(?<![\\p{L}\\p{N}_])\\d)");

    /** The name after a localized "by" ({@link #LOCAL_BY}), cleaned, or null. */
    private static String localBy(String t) {
        Matcher m = LOCAL_BY.matcher(t);
        return m.find() ? clean(m.group(1)) : null;
    }

    private static final Pattern CUE_WORDS = Pattern.compile("\\b(?:says|said|wrote|by|posted|submitted|reply|permalink|points?|ago)\\b");

    // (a textboard's post number and "Name:" label before the name and a colon before the date: "3 Name: X : 2026/11/25(Wed) 08:36")
    private static final Pattern FROM_LABEL = Pattern.compile("(?i)^(?:\\d{1,5}\\s+)?(?:from|author|poster|posted by|name)\\s*:\\s*(\\S.{0,60}?)\\s*:?$");

    /** The name after a sender's label before a header's date ("From: Ann Lee (ANNLEE)"), a handle in brackets dropped; or null. */
    /** The sender's name on a "From:" line within three lines of a mail's "Date:" line ("From: Ann Lee <ann@x.org>"), or null. */
    private static String senderNear(List<Line> lines, int a) {
        for (int j = Math.max(0, a - 3); j < lines.size() && j <= a + 3; j++) {
            String t = lines.get(j).text;
            if (j != a && t.length() <= 120 && t.regionMatches(true, 0, "from:", 0, 5)) {
                return labelledName(ADDRESS.matcher(t).replaceAll("").strip());
            }
        }
        return null;
    }

    /** A mail's head line: "Date:", "From:", "To:", "Subject:", "Message-ID:", "Content-Type:" and the like. */
    private static final Pattern MAIL_HEAD = Pattern.compile("(?i)^(?:date|from|to|cc|subject|message-id|content-type|"
            + "content-transfer-encoding|mime-version|in-reply-to|references|reply-to):\\s");
    /** A mail address in angle brackets after a sender's name. */
    private static final Pattern ADDRESS = Pattern.compile("\\s*<[^<>\\s]{3,80}>");

    private static String labelledName(String before) {
        Matcher m = FROM_LABEL.matcher(before.strip());
        if (!m.matches()) {
            return null;
        }
        String n = clean(m.group(1));
        Matcher p = n == null ? null : NAME_PAREN.matcher(n);
        if (p != null && p.matches()) {
            n = clean(p.group(1));
        }
        return nameLike(n) ? n : null;
    }

    /** Whether the nearest line above {@code j} is a user box's profile field ("Posts: 2753", "Location: Eastfield"). */
    private static boolean profileAbove(List<Line> lines, int j, int lower) {
        int k = j - 1;
        while (k > lower && lines.get(k).blank()) {
            k--;
        }
        return k > lower && FIELD.matcher(lines.get(k).text).matches() && Texts.wordCount(lines.get(k).text) <= 4;
    }

    /**
     * A dated line that is a field of a user box ("Messages : 7 / Date d'inscription : 01/01/2010 / Localisation : Est"):
     * a label, a colon, a day without a time of day, and a profile field on the next or previous line. A post's header
     * ("Ann: 2026-11-25 10:00") stands alone or carries the time; the box's fields come in a run.
     */
    private static boolean joinDateField(List<Line> lines, int i) {
        String t = lines.get(i).text;
        if (t.length() > 60 || !FIELD.matcher(t).matches() || TIME_OF_DAY.matcher(t).find()) {
            return false;
        }
        for (int d : new int[] {-1, 1}) {
            int k = i + d;
            if (k >= 0 && k < lines.size() && !lines.get(k).blank()) {
                String n = lines.get(k).text;
                if (n.length() <= 40 && FIELD.matcher(n).matches() && Texts.wordCount(n) <= 5 && !TIME_OF_DAY.matcher(n).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Pattern TIME_OF_DAY = Pattern.compile("\\d:\\d\\d");

    /** A profile field's label opening a line, its value on the next ("Joined:", "Registered:", "Member since:"). */
    private static boolean profileLabelAbove(String t) {
        Matcher m = PROFILE.matcher(t);
        return m.find() && m.start() == 0 && t.indexOf(':') > 0 && t.indexOf(':') <= 14 && DATE.matcher(t).results().findAny().isEmpty();
    }

    private static boolean commentish(List<Line> lines, String shape, List<Integer> group, boolean headed) {
        if (shape.contains(":1") && !CUE_WORDS.matcher(shape).find()) {
            // Text before the date must be a name on most records: a story title before it makes a list of stories.
            int named = 0;
            for (int a : group) {
                String t = lines.get(a).text;
                Matcher d = DATE.matcher(t);
                String before = d.find() ? clean(stripLikes(t.substring(0, d.start()))) : null;
                // (a post number before the date, "#2 2026-11-08 12:06:00", is a forum's post header)
                // (or nothing but a separator: new Reddit's "· 11 hr. ago" under the name line)
                // (or "on" alone: Giscus prints "on Nov 19" on the line under the name)
                if (before != null && (before.isEmpty() || before.equalsIgnoreCase("on") || DATE_LABEL.matcher(before).matches() || nameLike(before) || nameLike(withoutAside(before)) || POST_NO.matcher(before).matches()
                        || labelledName(before) != null
                        || vtName(before) != null && nameLike(clean(vtName(before))))) {
                    named++;
                }
            }
            if (named * 2 < group.size()) {
                return false;
            }
        }
        if (headed || STRONG_SHAPE.matcher(shape).find()) {
            return true;
        }
        int footers = 0;
        java.util.Set<Integer> indents = new java.util.HashSet<>();
        Map<String, Integer> names = new HashMap<>();
        int mailHeads = 0;
        for (int k = 0; k < group.size(); k++) {
            int a = group.get(k);
            indents.add(lines.get(a).indent);
            int end = k + 1 < group.size() ? group.get(k + 1) : Math.min(lines.size(), a + 40);
            for (int j = a + 1; j < end; j++) {
                if (action(lines.get(j).text) != null || cellAction(lines.get(j).text)) {
                    footers++;
                    break;
                }
            }
            String t = lines.get(a).text;
            Matcher d = DATE.matcher(t);
            if (t.length() <= 60 && d.find() && d.start() == 0 && ACTION_TAIL.matcher(t.substring(d.end())).matches()) {
                footers++; // the date row is itself the comment's row of actions ("2026-11-19 07:1430Reply", Bilibili-likes)
            }
            if (d.find(0) && d.start() > 0) {
                String name = clean(stripLikes(t.substring(0, d.start())));
                String labelled = name == null ? null : labelledName(name);
                if (labelled != null) {
                    name = labelled; // ("3 Name: X :": the post number and the label are no part of the name)
                }
                if (name != null && DATE_LABEL.matcher(name).matches()) {
                    String sender = senderNear(lines, a); // "Date: Mon, 23 Nov 2026 …" beside "From: Ann Lee <ann@…>" (a mail's head)
                    if (sender != null) {
                        name = sender;
                        mailHeads++;
                    }
                }
                if (!nameLike(name) && vtName(name) != null) {
                    name = clean(vtName(name)); // "Ann Lee added a comment -"
                }
                if (nameLike(name)) {
                    names.merge(key(name), 1, Integer::sum);
                }
            } else if (d.find(0) && d.start() == 0 && DumpTrailingNames.of(t.substring(d.end())) != null) {
                // the name after the date and a separator ("Thu, 08/09/2012 - 14:32 | 2691789 Ann Lee", Drupal 6)
                names.merge(key(DumpTrailingNames.of(t.substring(d.end()))), 1, Integer::sum);
            } else if (d.find(0) && d.start() == 0 && a > 0 && !lines.get(a - 1).blank()) {
                // the date alone under a name line ("compost_carol / 11-21-2026, 08:21 AM", vBulletin's archive)
                String name = clean(lines.get(a - 1).text);
                if (nameLike(name) && !RANK.matcher(name).matches()) {
                    names.merge(key(name), 1, Integer::sum);
                }
            } else if (d.find(0) && d.start() == 0 && a + 1 < lines.size() && lines.get(a + 1).indent == 0) {
                // a date row over a two-column row, the user cell's name first ("11-21-2026, 04:26 AM  #1" over
                // "Ann Lee      Re: subject", vBulletin 3)
                Matcher cell = TWO_COLUMNS.matcher(lines.get(a + 1).text);
                String name = cell.matches() && cell.start(2) >= 12 ? clean(cell.group(1)) : null;
                if (name != null && nameLike(name) && !RANK.matcher(name).matches()) {
                    names.merge(key(name), 1, Integer::sum);
                }
            }
        }
        boolean repeatedName = names.values().stream().anyMatch(c -> c >= 2);
        return footers >= Math.max(2, group.size() * 0.5) || indents.size() >= 2 && group.size() >= 3 || repeatedName
                || mailHeads >= Math.max(2, group.size() * 0.75); // (each a mail with its sender: a list's digest or archive)
    }

    private static Line line(String raw) {
        String s = raw.replace('\u00a0', ' ').replace('\u202f', ' ').replace("\ufeff", "").replace("\u200e", "").replace("\u200f", "").replace("\t", "    ");
        // (direction marks are no text: Khoros prints one before each post's date, "\u200e11-16-2026 11:42 AM")
        int indent = 0;
        while (indent < s.length() && s.charAt(indent) == ' ') {
            indent++;
        }
        String rest = s.substring(indent);
        boolean marker = false;
        boolean image = false;
        // "[s]   text" (an image alt before indented text) and "[521a380339] Name" (an avatar) are not text.
        for (int guard = 0; guard < 3; guard++) {
            Matcher m = MARKER.matcher(rest);
            Matcher r = REF.matcher(rest);
            if (m.find() && !(rest.startsWith("-") && rest.length() > 1 && rest.charAt(1) != ' ') && !DumpDayDates.opensWithDay(rest)) {
                marker = true;
                indent += m.end();
                rest = rest.substring(m.end());
            } else if (r.find()) {
                // An image before text aligned by spaces ("[s]   text") keeps the text's column; an avatar
                // before a name ("[521a380339] Camaleont") leaves the line where the image began.
                if (r.end() - rest.substring(0, r.end()).stripTrailing().length() >= 2) {
                    indent += r.end();
                }
                rest = rest.substring(r.end());
                image = true;
            } else {
                break;
            }
        }
        rest = DumpCommentLabels.strip(DumpSignatureCells.plain(DumpFloorHeaders.nameFirst(DumpDates.english(rest.strip()))));
        Matcher counted = image && rest.length() <= 120 ? AVATAR_COUNT.matcher(rest) : null;
        if (counted != null && counted.lookingAt()) {
            // "[a6d98] 14 ~va~ November 7, 2012 at 6:45 AM": the comment's number between the avatar and the name,
            // with the date after the name (not "[img] 14 November 2012", a date of its own)
            Matcher dm = DATE.matcher(rest);
            if (dm.find() && dm.start() > counted.end()) {
                rest = rest.substring(counted.end());
            }
        }
        Matcher numbered = NUMBER_CELL.matcher(rest);
        if (rest.length() <= 120 && numbered.matches() && RELATIVE_OR_DATED.matcher(numbered.group(1)).find()) {
            // "#3   Ann Lee commented 9 days ago": the comment's number as a link of its own before the head
            // (BookStack); the head is the name and the age
            rest = numbered.group(1);
        }
        if (rest.length() <= 160 && rest.indexOf("IP") >= 0) {
            // the masked address news sites print beside an anonymous name ("Jonas IP: 78.56.12.xxx 2026-11-27 15:33",
            // "Ewa (IP: 83.24.*.*)") is neither name nor date: the head is name and date without it
            rest = IP_FIELD.matcher(rest).replaceAll(" ").replaceAll("\\s{2,}", " ").strip();
        }
        Matcher glued = GLUED_NUMBER.matcher(rest);
        if (rest.length() <= 120 && glued.matches() && DATE.matcher(glued.group(3)).find()) {
            // w3m prints a comment's permalink number right after its author's link ("Ann Lee#1.1  —  23. November
            // 2026"): read it as the number before the name, dotted by depth, that forums print ("#1.1 Ann Lee ...").
            rest = "#" + glued.group(2) + " " + glued.group(1) + glued.group(3);
        }
        Matcher trailing = rest.length() <= 120 ? TRAILING_NUMBER.matcher(rest) : null;
        if (trailing != null && trailing.matches() && DATE.matcher(trailing.group(1)).find()) {
            // the permalink number w3m glues to the name after the date ("Fri Nov 20 2026, 09:40AM · Ann Lee#1",
            // e107): no part of the name
            rest = trailing.group(1) + " " + trailing.group(2);
        }
        return new Line(indent, marker, rest);
    }

    /** A header line that ends in a name with its post number glued after it: "… 09:40AM · Ann Lee#1". */
    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?\\S)\\s+(\\p{L}[\\p{L}\\p{N}.' _-]{0,40}?[\\p{L}\\p{N}_.])#\\d{1,5}$");

    /** A name with its post number glued after it, then the rest of a header: "Ann Lee#1.1  —  date". */
    private static final Pattern NUMBER_CELL = Pattern.compile("^#\\d{1,5} {2,}(\\p{L}.*)$");
    private static final Pattern RELATIVE_OR_DATED = Pattern.compile(
            "(?i)\\b(?:commented|replied|wrote|posted)\\s+(?:\\d{1,3}|an?|one)\\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\\s+ago\\b");
    private static final Pattern IP_FIELD = Pattern.compile(
            "\\s*\\(?\\bIP\\s*:?\\s*\\d{1,3}\\.(?:\\d{1,3}|[x*]{1,3})\\.(?:\\d{1,3}|[x*]{1,3})\\.(?:\\d{1,3}|[x*]{1,3})\\)?(?=\\s|$)");
    private static final Pattern GLUED_NUMBER = Pattern.compile("^(\\p{L}[\\p{L}.' _-]{0,40}?[\\p{L}.])#(\\d{1,5}(?:\\.\\d{1,4}){0,8})(\\s.*)$");

    /** The shape of a header line (its date form and cue words), or null when the line is no header. */
    private static final Pattern AGE_WORD = Pattern.compile("(?i)\\bago\\b");
    /** A sentence's end and the next one's capital on one line: prose. */
    private static final Pattern PROSE_BREAK = Pattern.compile("\\p{Ll}{2,}[.!?]\\s+\\p{Lu}");

    static String anchorShape(String t) {
        if (t.isEmpty() || t.length() > 140) {
            return null;
        }
        if (t.indexOf('\u2191') >= 0 || t.indexOf('\u2193') >= 0) {
            t = THREADING.matcher(t).replaceAll(" ").replaceAll("\\s{2,}", " ").strip();
        }
        if (t.indexOf(" to") > 0 && t.indexOf(" in re") > 0) {
            // ("in reply to 3" after some posts' date: the header's shape is the same with or without it)
            t = IN_REPLY_NO.matcher(t).replaceAll(" ").replaceAll("\\s{2,}", " ").strip();
        }
        if (t.indexOf(':') > 0) {
            // the poster's count after the date and a separator ("Nov 24, 2026 8:19 am · Posts: 20", Tapatalk): the
            // header's, not a user box's field
            t = COUNT_TAIL.matcher(t).replaceFirst("");
        }
        int words = Texts.wordCount(t);
        if (words > 18 || PROFILE.matcher(t).find()) {
            return null;
        }
        Matcher says = SAYS.matcher(t);
        if (says.matches() && Texts.wordCount(says.group(1)) <= 5 && (!endsSentence(says.group(1)) || nameWithStop(says.group(1)))) {
            return "says";
        }
        Matcher d = DATE.matcher(t);
        if (!d.find()) {
            return null;
        }
        String before = t.substring(0, d.start());
        String after = t.substring(d.end());
        if (Texts.wordCount(before) > 7 || Texts.wordCount(after) > 8 || t.matches(".*\\p{Ll}{3,}[.!?]$")
                && !after.isBlank()) {
            return null;
        }
        if (AGE_WORD.matcher(d.group()).find() && PROSE_BREAK.matcher(t).find()) {
            // an age inside a comment's first line ("Fabulous article! I went gluten-free 2 months ago and the overall"):
            // a sentence ends on the line, which no header's name and age do
            return null;
        }
        // (a clock's "a.m." ending the line is no sentence's full stop: "By: Ann Lee on Nov. 24, 2026, 8:55 a.m.", django-machina)
        if (t.matches(".*[.!?][\"\u201d']?$") && Texts.wordCount(before) > 3 && !(after.isBlank() && d.group().matches("(?i).*[ap]\\.m\\.$"))) {
            return null;
        }
        StringBuilder shape = new StringBuilder(kind(d.group()));
        shape.append(before.isBlank() ? ":0" : ":1");
        if (LOCAL_BY.matcher(before).find()) {
            shape.append(" by"); // ("Beitrag von X » …", "par X » …": a localized "by X")
        }
        // (a user name's parts are no cue words: "ducks_on_weir" is no "on", "reply_guy" no "reply")
        for (String w : (before + " # " + after).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_|\\u2022\\u00b7\\u00bb#]+")) {
            if (Set.of("posted", "submitted", "by", "on", "says", "said", "wrote", "permalink", "|", "\u2022", "\u00b7",
                    "\u00bb", "#", "points", "point", "ago", "reply", "edited", "link", "next").contains(w)
                    // (a word once: "| parent | next" and "| next" are one shape, the parent link gone)
                    && !shape.toString().endsWith(" " + w)) {
                shape.append(' ').append(w);
            }
        }
        return shape.toString();
    }

    /**
     * A name that ends in a full stop before "said...": one word ("rach. said...", Blogger prints the name as typed) or an
     * initial ("Ann L. said..."); a sentence before the verb ("I agree. said") has more words and no initial.
     */
    private static boolean nameWithStop(String name) {
        String n = name.strip();
        return n.endsWith(".") && !n.endsWith("..") && (Texts.wordCount(n) == 1 && n.length() <= 24 || INITIAL.matcher(n).find());
    }

    private static String kind(String date) {
        String d = date.toLowerCase(Locale.ROOT);
        if (d.contains("ago") || d.contains("yesterday") || d.contains("now") || d.contains("today")) {
            return "rel";
        }
        if (d.contains("'")) {
            return "short";
        }
        if (d.matches("^\\d{1,2}:\\d{2}.*")) {
            return "clock";
        }
        boolean clock = d.matches(".*\\d[:.]\\d\\d.*") && !d.matches("^\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}$");
        return (Character.isDigit(d.charAt(0)) && !d.matches("^\\d{1,2}(st|nd|rd|th)?\\s+\\p{L}.*") ? "num" : "month")
                + (clock ? "+t" : "");
    }

    private static boolean endsSentence(String s) {
        return s.matches(".*[.!?][\"\u201d')]?$");
    }

    /**
     * Some text between two lines that reads as a comment: four words or more, with a sentence end or a dozen words
     * (a list of other stories gives a short title without a full stop under each dated byline).
     */
    private static boolean hasBody(List<Line> lines, int from, int to) {
        int words = 0;
        boolean sentence = false;
        for (int i = from; i < to && i < lines.size(); i++) {
            String t = lines.get(i).text;
            if (t.isEmpty() || action(t) != null || anchorShape(t) != null || END.matcher(t).matches()) {
                continue;
            }
            words += DumpCjk.words(t);
            sentence |= (t.matches(".*[.!?:)][\"\u201d')]?$") || DumpCjk.endsSentence(t)) && DumpCjk.words(t) >= 2;
            if (words >= 4 && (sentence || words >= 12)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A footer line of actions ("Reply", "Report abuse", "40 LikesReply", "□ 37", "Recommend (27) Reply"): its
     * likes count, -1 when it has none, null when the line is no action line.
     */
    static Integer action(String t) {
        if (t.isEmpty() || t.length() > 80) {
            return null;
        }
        String split = DumpLocalActions.spaced(ACTION_SPLIT.matcher(t).replaceAll(" "));
        if (split.indexOf(" to author") >= 0) {
            split = split.replace(" to author", " "); // a mailing list's "Reply all Reply to author Forward"
        }
        Matcher w = WORDS.matcher(split);
        int words = 0;
        while (w.find()) {
            words++;
            if (!ACTIONS.contains(w.group().toLowerCase(Locale.ROOT)) && !DumpLocalActions.word(w.group().toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        Matcher n = NUMBER.matcher(split);
        boolean digits = n.find();
        if (words == 0 && !digits) {
            return null;
        }
        if (!digits) {
            return -1;
        }
        String tail = split.substring(n.end()).strip().toLowerCase(Locale.ROOT);
        if (tail.startsWith("repl") || tail.startsWith("comment")) {
            return -1;
        }
        return Integer.parseInt(n.group(1));
    }

    private static final Pattern CLOSER = Pattern.compile("(?i)^(?:write a (?:reply|comment)|reply(?:\\.{3}|\\u2026))$"); // (GitLab's "Reply..." box under each discussion)

    private static final class Rec {
        int hStart;
        int anchor;
        int hEnd;
        int bodyEnd;
        int indent;
        String author;
        String time;
        Integer likes;
        String replyTo;
        /** The time of the post replied to, where a quote attribution gives it ("On <date>, X wrote:"), else null. */
        String replyAt;
        final List<String> paragraphs = new ArrayList<>();
        Rec parent;
        String id;
        int depth;
        /** The short line just over the header ("Re: The engineers' report was"), the comment's subject; null when none. */
        String subject;
        /** The thread level a "level N" line gave (1 = top), 0 when none. */
        int level;
        /** The depth a post number dotted by level gives ("#2.1" = 2, "#3" = 1), 0 when the header has no number. */
        int numbered;
        /** Replies announced under the comment ("2 replies"), printed next without indentation. */
        int replyCount;
        /** A name alone opening the text ("Morwenna T", Flarum's mention of the post replied to), null when none. */
        String mention;
        /** {@link #replyTo} is an "@name" typed at the text's head, no reply line the system printed. */
        boolean typedMention;
        /** A "Parent" / "Show parent" action under the comment: a reply (LiveJournal, Moodle), its parent not printed. */
        boolean parentLink;
        /** Headed "Response from X" / "Reply from X" (X the author): an answer to the last record not so headed. */
        boolean answer;
        /** The post's own number in its header ("(3)", "No.48213377"), null when none. */
        String postNo;
        /** The number of the post it answers ("in reply to 3", ">>48213377"), null when none. */
        String replyNo;
        /** A "Write a reply" box after the comment: it closes the thread the comment is in (Giscus). */
        boolean closesThread;
        /** The author a user box after the header line names (fluxBB, bbPress), null when none. */
        String boxAuthor;
        /** The first words of the quote box the post opens with, null when none: they pick the quoted post. */
        String quoted;
        /** The text opens with a "> " quote naming no one: {@link #quoted} alone picks the parent. */
        boolean quoteByWords;
        /** The text opens with an unboxed quote of the parent ("Originally posted by X"): cut once the parent is known. */
        boolean quoteOpens;
        /** "am" or "pm" w3m wrapped onto the line under the header's clock (phpBB 2's narrow date cell), else null. */
        String meridiem;
        /**
         * The paragraphs of a block indented deeper than the post's own text near its start, naming no one (a
         * blockquote of an earlier comment's words, w3m indents it), null when none: a reply cue only where an
         * earlier comment holds those words, and then not this post's text.
         */
        List<String> indentedBlock;
    }

    /** Dated footers ("November 12, 2012 18:06 Reply 0 Flag"): the line after most header lines opens the next record. */
    private static boolean footerMode(List<Line> lines, List<Integer> anchors) {
        return footerMode(lines, anchors, -1);
    }

    /**
     * @param sectionAt the comments heading's line (-1 if none): prose between it and the first header, and none
     *                  after the last, is the first comment's text above its header ("… text / #1 Ann Lee on
     *                  2026-11-21 06:29 (Reply) / … text / #1.1 …" down to "Add Comment", Serendipity)
     */
    private static boolean footerMode(List<Line> lines, List<Integer> anchors, int sectionAt) {
        if (sectionAt >= 0 && anchors.size() >= 3 && anchors.get(0) > sectionAt && anchors.get(0) - sectionAt <= HEADING_REACH
                && hasBody(lines, sectionAt + 1, anchors.get(0)) && nothingAfter(lines, anchors.get(anchors.size() - 1))) {
            // (and each header straight under a sentence, no blank line between: the text it signs)
            long under = anchors.stream().filter(a -> a > 0 && !lines.get(a - 1).blank() && endsSentence(lines.get(a - 1).text)).count();
            if (under >= anchors.size() * 0.75) {
                return true;
            }
            // (or a blank line between, each header a line of its own, "name - date" with nothing after the date,
            // under the last sentence of the words it signs: "… the fifteenth. / / towpath_tess - 22 November '26 -
            // 18:20", PivotX)
            long signing = anchors.stream().filter(a -> a > 1 && lines.get(a - 1).blank() && endsSentence(lines.get(a - 2).text)
                    && signatureLine(lines.get(a).text)).count();
            if (signing >= anchors.size() * 0.75) {
                return true;
            }
        }
        int opens = 0;
        for (int a : anchors) {
            int j = firstText(lines, a + 1);
            if (j >= lines.size()) {
                opens++;
                continue;
            }
            if (lines.get(j).text.matches("#\\d{1,6}")) {
                // the post's number under its date ("□ Nov 17th 2026 / □ #1", WoltLab) is still its header
                j = firstText(lines, j + 1);
                if (j >= lines.size()) {
                    opens++;
                    continue;
                }
            }
            Line next = lines.get(j);
            // (an action bullet under a date that has the poster's user box above it, "Joined … / November 24, 2026
            // / • Share", Invision: the post's own header, its text below)
            boolean boxed = next.marker && (action(next.text) != null && userBoxAbove(lines, a, -1)
                    || BY.matcher(lines.get(a).text).find() && userBoxBelow(lines, j));
            // (a rule printed in the text's column right of the header's, a two-column post table's "[rank1] ━━━"
            // under "Ann  posted 18/11/2026 09:19:00", JForum, opens that post's text, not the next record)
            boolean rule = SEPARATOR.matcher(next.text).matches() && next.indent <= lines.get(a).indent + 4;
            if (next.marker && !boxed || rule || END.matcher(next.text).matches()) {
                opens++;
            }
        }
        if (anchors.size() >= 2 && opens >= anchors.size() * 0.75) {
            return true;
        }
        // signatures under the text ("Posted by: Ann | May 7, 2026 at 11:57 AM", "— Ann, May 7"): Typepad, Movable
        // Type; the words above the first one are its comment
        int signed = 0;
        for (int a : anchors) {
            String t = lines.get(a).text;
            Matcher d = DATE.matcher(t);
            if (SIGNED_FOOTER.matcher(t).find() || SIGNATURE_VERB.matcher(t).find() || BY_ON_FOOTER.matcher(t).matches()
                    || dateThenName(t) && a > 0 && !lines.get(a - 1).blank() // (straight under the words, FC2; a Drupal 6 head has a blank line over it)
                    || d.find() && d.start() > 1 && t.charAt(d.start() - 1) == '(' && nameLike(clean(t.substring(0, d.start() - 1)))) {
                // ("answered Nov 25 '26" over a Q&A post's user card, "name (Nov 26 '26)" after a comment's text: Askbot)
                signed++;
            }
        }
        // each signature or dated row of actions printed right under its comment's last sentence, a blank line (or an
        // avatar) after it: "… last January. / posted by Ann at 9:50 AM on November 22, 2026 [3 favorites]"
        // (MetaFilter), "… elsewhere. / Like · Reply · 18 · 12d / [6]" (Facebook's plugin): a footer under the text
        int closing = 0;
        int acting = 0;
        for (int a : anchors) {
            if (a > 0 && a + 1 < lines.size() && (endsSentence(lines.get(a - 1).text) || DumpCjk.endsSentence(lines.get(a - 1).text)) && lines.get(a + 1).blank()) {
                closing++;
            }
            String t = lines.get(a).text;
            if (t.length() <= 80 && action(DATE.matcher(t).replaceFirst(" ")) != null) {
                acting++;
            }
        }
        if (anchors.size() >= 2 && closing >= anchors.size() * 0.75 && (signed >= anchors.size() * 0.75 || acting >= anchors.size() * 0.75)) {
            return true;
        }
        // each date under its comment's last sentence (a blank line between) with the comment's row of actions
        // right under it, then the next comment's name ("… works. / / 17. November 2026, 11:35 / 12 1 / Antworten
        // Permalink melden / Henrike Vogel 6513 Postings", derStandard): the date closes the comment above it
        if (anchors.size() >= 3 && anchors.get(0) > 0 && DumpClosingDates.count(lines.stream().map(Line::text).toList(), anchors) >= anchors.size() * 0.75
                && hasBody(lines, Math.max(0, anchors.get(0) - 8), anchors.get(0))) {
            return true;
        }
        if (anchors.size() < 2 || signed < anchors.size() * 0.75 || anchors.get(0) == 0
                || !hasBody(lines, Math.max(0, anchors.get(0) - 8), anchors.get(0))) {
            return false;
        }

        // and the last signature ends the thread (a form or nothing after it): after a header, its comment follows;
        // or the comments' heading has the first comment's words under it, ending right above the first signature
        // ("Comments / … words / Posted by: Ann | Mar 22, 2007", Typepad with its sidebar after the thread; "15
        // comments / [avatar] / … words / by Ann on January 31, 2011 at 9:59 am. Reply #" with pingbacks after it)
        // (a sentence's end or a line of prose right above the first signature: a user box or a sort menu over a
        // "replied <date>" head, EasyDiscuss, is the head of the post under it)
        if (nothingAfter(lines, anchors.get(anchors.size() - 1))) {
            return true;
        }
        int above = anchors.get(0) - 1;
        while (above > sectionAt && lines.get(above).blank()) {
            above--;
        }
        return sectionAt >= 0 && above > sectionAt && anchors.get(0) - sectionAt <= HEADING_REACH
                && hasBody(lines, sectionAt + 1, anchors.get(0))
                && (endsSentence(lines.get(above).text) || Texts.wordCount(lines.get(above).text) >= 8);
    }

    /** A name, a dash and the date, nothing after it ("towpath_tess - 22 November '26 - 18:20"). */
    private static boolean signatureLine(String t) {
        Matcher d = DATE.matcher(t);
        if (!d.find() || d.start() < 3 || !t.substring(d.end()).isBlank()) {
            return false;
        }
        String before = t.substring(0, d.start()).strip();
        return (before.endsWith("-") || before.endsWith("\u2013") || before.endsWith("\u2014") || before.endsWith(","))
                && nameLike(clean(before.substring(0, before.length() - 1)));
    }

    /** A date, a separator and a name ("2026/11/23 15:15:00 | Ann Lee"): a signature when it comes under the text. */
    private static boolean dateThenName(String t) {
        Matcher d = DATE.matcher(t);
        return d.find() && d.start() == 0 && DumpTrailingNames.of(t.substring(d.end())) != null;
    }

    /**
     * Bullets from {@code j} on that list a member's fields ("• Alf T / • Moderator / • Registered: 2020-08-13 /
     * • Posts: 1914" under "2 Reply by Alf T 2026-11-26 14:09:00", PunBB 1.4): the header's own user box under it,
     * its post's text below, not the next record opening. (Only under a header that names its poster: under a bare
     * "3 days ago #2", Kunena, the footer reading that takes the box as the next post's head still names them.)
     */
    private static boolean userBoxBelow(List<Line> lines, int j) {
        for (int k = j; k < lines.size() && k < j + 14; k++) {
            Line l = lines.get(k);
            if (l.blank()) {
                continue;
            }
            if (!l.marker) {
                return false;
            }
            if (PROFILE.matcher(l.text).find()) {
                return true;
            }
        }
        return false;
    }

    /** No comment's text after the header at {@code a}: the dump's end, a form's heading or a short label. */
    private static boolean nothingAfter(List<Line> lines, int a) {
        int j = firstText(lines, a + 1);
        if (j >= lines.size()) {
            return true;
        }
        String after = lines.get(j).text;
        return END.matcher(after).matches() || Texts.wordCount(after) <= 4 && !endsSentence(after);
    }

    /** The first line at or after {@code from} that is not blank ({@code lines.size()} if none). */
    private static int firstText(List<Line> lines, int from) {
        int j = from;
        while (j < lines.size() && lines.get(j).blank()) {
            j++;
        }
        return j;
    }

    private static final Pattern NAME_HANDLE = Pattern.compile("^(\\S.{0,39}?)\\s+@[\\w.-]+(?:@[\\w-]+(?:\\.[\\w-]+)+)?$");
    private static final Pattern IMAGE_REF = Pattern.compile("^\\[\\d{1,4}\\]$");
    /** A Q&A post's signature under its text ("answered Nov 25 '26", "asked …"), the user card after it. */
    private static final Pattern SIGNATURE_VERB = Pattern.compile("(?i)^(?:answered|asked|commented|replied)\\s+\\S");
    /** The name after a signature's date, its points in brackets glued to it: " by Kwame Mensah(48 points)". */
    private static final Pattern SIGNED_BY = Pattern.compile("(?i)^\\s*by\\s+(\\S.{0,39}?)\\s*(?:\\(\\s*[\\d.,]+\\s*k?\\s*points?\\s*\\))?\\s*$");
    /**
     * "by Ann on November 29, 2010 at 8:03 am. Reply #", "by Ann on Aug 8, 2012 9:37 AM MST via mobile up reply actions":
     * a byline that ends in the comment's reply action closes its comment (SB Nation, WordPress themes that print the
     * meta after the words); a "by X on date (#id)" head line (Slashdot) carries no action and stays a header.
     */
    private static final Pattern BY_ON_FOOTER = Pattern.compile("(?i)^\\s*by\\s+\\S.{0,60}?\\s+on\\s+\\S.{3,80}?[\\s.]reply(?:\\s+actions)?[\\s#]*$");
    /** An "up" link (to the comment answered) before the reply action at a footer byline's end. */
    private static final Pattern UP_LINK = Pattern.compile("(?i)\\sup\\s+reply(?:\\s+actions)?[\\s#]*$");
    /** The name of a {@link #BY_ON_FOOTER} byline. */
    private static final Pattern BY_ON_NAME = Pattern.compile("(?i)^\\s*by\\s+(\\S.{0,60}?)\\s+on\\s+\\S");
    /** An image's alt text alone on its line, as w3m prints an avatar: "[eut]", "[fb4858]". */
    private static final Pattern ALT_ALONE = Pattern.compile("^\\[[^\\]\\s]{1,30}\\]$");
    private static final Pattern SIGNED_FOOTER = Pattern.compile("(?i)^\\s*(?:posted by|submitted by|written by|[\\u2014\\u2013]\\s*\\S)");

    private static Result footerRecords(List<Line> lines, List<Integer> anchors, int sectionAt, Deadline deadline) {
        List<Rec> recs = new ArrayList<>();
        int first = anchors.get(0);
        int start = -1;
        for (int j = first - 1; j > Math.max(sectionAt, first - 80); j--) {
            Line l = lines.get(j);
            // (not the footer's own items above its date, "□ Reply / □ Like / □ 9 people like this / □ Nov 28, 2026",
            // Confluence: the bullet that opens the comment is further up)
            if (l.marker && l.indent <= lines.get(first).indent && !(l.indent == lines.get(first).indent && lines.get(first).marker
                    && (action(l.text) != null || LIKES_HEADER.matcher(l.text).find() || PEOPLE_LIKE.matcher(l.text).matches()))
                    || SEPARATOR.matcher(l.text).matches()) {
                start = j;
                break;
            }
        }
        for (int j = first - 1; start < 0 && j > Math.max(sectionAt, first - 40); j--) {
            if (DumpClosingDates.cardName(lines.get(j).text) != null) {
                start = j; // the first comment's poster card over its paragraphs (derStandard)
            }
        }
        if (start < 0) {
            start = first - 1;
            while (start > 0 && !lines.get(start - 1).blank()) {
                start--;
            }
            // the first comment's paragraphs all the way up to the comments heading, when prose is all there is
            // between them (Serendipity: the heading, a "Display comments as …" switch, then the first text)
            if (sectionAt >= 0 && sectionAt < start && first - sectionAt <= HEADING_REACH && hasBody(lines, sectionAt + 1, start)) {
                // (from its first line of prose, and the name right over it: not a sort switch, "Sort by Top")
                int s2 = sectionAt + 1;
                while (s2 < start && (lines.get(s2).blank() || Texts.wordCount(lines.get(s2).text) < 7 && !endsSentence(lines.get(s2).text))) {
                    s2++;
                }
                if (s2 > sectionAt + 1 && !lines.get(s2 - 1).blank() && nameLike(clean(lines.get(s2 - 1).text))) {
                    s2--;
                }
                start = s2;
            }
        }
        for (int k = 0; k < anchors.size(); k++) {
            deadline.check();
            Rec r = new Rec();
            r.hStart = k == 0 ? start : anchors.get(k - 1) + 1;
            r.anchor = anchors.get(k);
            r.bodyEnd = r.anchor;
            // The header: the short lines that open the record, up to its first line of text.
            int j = r.hStart;
            int taken = 0;
            if (BY_ON_FOOTER.matcher(lines.get(r.anchor).text).matches()) {
                // a byline that names the writer under the words leaves no header above them but the avatar's
                // "[alt]": the short first line is the comment's subject or its words ("Great work Jacob", "indeed!")
                while (j < r.anchor && (lines.get(j).blank() || ALT_ALONE.matcher(lines.get(j).text).matches())) {
                    j++;
                }
                taken = 5;
            }
            while (j < r.anchor && taken < 5) {
                Line l = lines.get(j);
                if (taken == 0 && k > 0 && !l.blank() && action(l.text) != null) {
                    // the previous post's row of actions after its footer ("Reply Helpful (18) Thread reply - more
                    // options", Apple's communities): not this post's header, which starts under it
                    r.hStart = j + 1;
                    j++;
                    continue;
                }
                if (!l.blank()) {
                    if ((!headerish(l.text) || DumpCjk.words(l.text) > 5) && !DumpSignedNames.subject(l.text)) {
                        break; // (CJK words counted too: a line of Japanese prose is the text, not a short header line)
                    }
                    taken++;
                }
                j++;
            }
            r.hEnd = j - 1;
            r.indent = lines.get(r.anchor).indent;
            recs.add(r);
        }
        for (int k = 0; k < recs.size(); k++) {
            Rec r = recs.get(k);
            // the votes printed under the date, before the next post's name ("20/11/2026 7:50am / 38 / Reply",
            // Commentics): this post's; a bare count or a count among the actions
            int next = k + 1 < recs.size() ? recs.get(k + 1).anchor : lines.size();
            String own = lines.get(r.anchor).text;
            Matcher od = DATE.matcher(own);
            if (od.find() && ACTION_TAIL.matcher(own.substring(od.end())).matches()) {
                String n = own.substring(od.end()).replaceAll("\\D", "");
                if (!n.isEmpty()) {
                    r.likes = Integer.valueOf(n); // the count w3m glues between the time and "Reply" ("07:1430Reply")
                    continue;
                }
            }
            Integer counted = own.length() <= 80 ? action(DATE.matcher(own).replaceFirst(" ")) : null;
            if (counted != null && counted >= 0) {
                r.likes = counted; // the count in the dated row of actions itself ("Like · Reply · 18 · 12d", Facebook's plugin)
                continue;
            }
            for (int j = r.anchor + 1, seen = 0; j < next && seen < 3; j++) {
                String t = lines.get(j).text;
                if (t.isEmpty()) {
                    continue;
                }
                seen++;
                Integer act = t.matches("\\d{1,6}") ? Integer.valueOf(t) : action(t);
                if (act == null) {
                    break;
                }
                if (act >= 0) {
                    r.likes = act;
                    break;
                }
            }
        }
        for (Rec r : recs) {
            body(lines, r, false, false);
            // the poster's card opening a record its date closes ("Ann Lee 4941 Postings, 253 Follower", derStandard):
            // its author, not text
            String card = null;
            for (int j = firstText(lines, r.hStart); j < r.anchor; j = r.anchor) {
                card = DumpClosingDates.cardName(lines.get(j).text);
            }
            if (card != null && !r.paragraphs.isEmpty() && card.equals(DumpClosingDates.cardName(r.paragraphs.get(0)))) {
                r.paragraphs.remove(0);
            }
            header(lines, r, r.hStart, r.hEnd);
            header(lines, r, r.anchor, r.anchor);
            Matcher byOn = BY_ON_NAME.matcher(lines.get(r.anchor).text);
            if (BY_ON_FOOTER.matcher(lines.get(r.anchor).text).matches() && byOn.lookingAt() && nameLike(clean(byOn.group(1)))) {
                r.author = clean(byOn.group(1)); // the byline's name, not an avatar's alt text above the words
                // ("… via mobile up reply actions": the "up" link to the comment answered, on replies only, SB Nation)
                r.parentLink = UP_LINK.matcher(lines.get(r.anchor).text).find();
            }
            if (card != null) {
                r.author = card;
            }
            String signature = lines.get(r.anchor).text;
            if (dateThenName(signature)) {
                // the name the signature under the text gives ("2026/11/23 15:15:00 | Ann Lee", FC2): the writer,
                // where the short line over the text is the comment's title
                Matcher sd = DATE.matcher(signature);
                sd.find();
                r.author = DumpTrailingNames.of(signature.substring(sd.end()));
            }
            String glued = DumpSignedNames.nameBeforeDate(signature);
            if (glued != null && nameLike(clean(glued))) {
                // the name before the date in the signature under the text ("yuki_garden2026-11-23 14:27:05", Ameba):
                // the writer, where the short line over the text is the comment's title ("無題", "Re:…")
                r.author = clean(glued);
            }
            if (SIGNATURE_VERB.matcher(lines.get(r.anchor).text).find()) {
                r.author = null; // (the lines over the text are the previous post's card and comment box, not this post's)
                String sig = lines.get(r.anchor).text;
                Matcher sd = DATE.matcher(sig);
                Matcher sb = sd.find() ? SIGNED_BY.matcher(sig.substring(sd.end())) : null;
                if (sb != null && sb.matches() && nameLike(clean(sb.group(1)))) {
                    r.author = clean(sb.group(1)); // "answered Nov 19, 2026 by Kwame Mensah(48 points)" (Question2Answer)
                }
            }
            if (r.author == null && SIGNATURE_VERB.matcher(lines.get(r.anchor).text).find()) {
                // "answered <date>" names no one: the user card under it does ("[avatar alt] name", rep, badges)
                for (int j = firstText(lines, r.anchor + 1), k = 0; j < lines.size() && k < 2; j = firstText(lines, j + 1), k++) {
                    String n = avatarName(lines.get(j).text);
                    if (n != null) {
                        r.author = n;
                        break;
                    }
                }
            }
        }
        // a Q&A page: posts signed "answered <date>" and, after each, comments signed "name (date)": the comments are
        // the post's replies (Askbot, Stack Exchange-likes)
        long verbs = recs.stream().filter(r -> SIGNATURE_VERB.matcher(lines.get(r.anchor).text).find()).count();
        if (verbs >= 2 && verbs < recs.size()) {
            boolean seen = false;
            for (Rec r : recs) {
                boolean post = SIGNATURE_VERB.matcher(lines.get(r.anchor).text).find();
                seen |= post;
                r.level = post || !seen ? 1 : 2;
            }
        }
        labelNames(lines, recs);
        colonNamesAndTotals(lines, recs);
        subjects(lines, recs);
        return finish(recs);
    }

    /**
     * Records whose words open with their writer's name and a full-width colon, on most of the page ("东岸居民：…"):
     * the name is the author (a "回复 @X" after it names the comment answered); a "共n条回复" line after a run of
     * records makes the n above it replies to the record before them ({@link DumpReplyTotals}).
     */
    private static void colonNamesAndTotals(List<Line> lines, List<Rec> recs) {
        int named = 0;
        for (Rec r : recs) {
            if (!r.paragraphs.isEmpty() && DumpReplyTotals.colonName(r.paragraphs.get(0)) != null) {
                named++;
            }
        }
        if (named < 3 || named < recs.size() * 0.6) {
            return;
        }
        for (Rec r : recs) {
            String[] n = r.paragraphs.isEmpty() ? null : DumpReplyTotals.colonName(r.paragraphs.get(0));
            if (n != null) {
                r.author = n[0];
                r.replyTo = n[1];
                r.paragraphs.set(0, n[2]);
            }
        }
        boolean any = false;
        for (int k = 0; k <= recs.size(); k++) {
            // the total after record k-1: among the lines between its words and the next record's words
            int from = k == 0 ? -1 : recs.get(k - 1).anchor + 1;
            int to = k < recs.size() ? recs.get(k).hEnd : Math.min(lines.size() - 1, from + 8);
            for (int j = Math.max(0, from); from >= 0 && j <= to && j < lines.size(); j++) {
                int n = DumpReplyTotals.total(lines.get(j).text);
                if (n > 0 && k - n - 1 >= 0) {
                    any = true;
                    for (int i = k - n; i < k; i++) {
                        recs.get(i).level = 2;
                    }
                }
            }
        }
        if (any) {
            for (Rec r : recs) {
                r.level = r.level == 2 ? 2 : 1;
            }
        }
    }

    private static Result records(List<Line> lines, List<Integer> anchors, int sectionAt, Deadline deadline) {
        return records(lines, anchors, sectionAt, Set.of(), deadline);
    }

    /** @param minor the header lines of a second shape: the replies to the record above (level 2 under level 1) */
    private static Result records(List<Line> lines, List<Integer> anchors, int sectionAt, Set<Integer> minor, Deadline deadline) {
        if (footerMode(lines, anchors, sectionAt)) {
            return footerRecords(lines, anchors, sectionAt, deadline);
        }
        List<Rec> recs = new ArrayList<>();
        int floor = sectionAt;
        for (int k = 0; k < anchors.size(); k++) {
            deadline.check();
            int a = anchors.get(k);
            Rec r = new Rec();
            r.anchor = a;
            r.indent = lines.get(a).indent;
            if (!minor.isEmpty()) {
                r.level = minor.contains(a) ? 2 : 1;
            }
            int lower = k == 0 ? Math.max(floor, -1) : recs.get(k - 1).hEnd;
            r.hStart = headerStart(lines, a, lower);
            r.hEnd = a;
            if (r.hStart - 1 > lower && lines.get(r.hStart - 1).marker && OUTLINE.matcher(lines.get(r.hStart - 1).text).matches()) {
                r.hStart--; // the list item's outline number over the subject ("\u2022 1.2", a threaded list printed flat)
            }
            if (r.hStart >= a - 3 && !hasAuthor(lines.get(a).text)) {
                int box = profileColumns(lines, a, lower);
                if (box < a) {
                    r.hStart = Math.min(r.hStart, box);
                    r.boxAuthor = clean(lines.get(box).text); // (its first column)
                }
            }
            if (r.hStart < a && r.indent > lines.get(r.hStart).indent && SEPARATOR_LEAD.matcher(lines.get(a).text).lookingAt()) {
                // a date line that continues the name line above after a separator ("inkpot (26) / ·  5 days ago",
                // Steemit): w3m indents the separator, not the record; the record sits where its name does
                r.indent = lines.get(r.hStart).indent;
            }
            int limit = k + 1 < anchors.size() ? anchors.get(k + 1) : lines.size();
            for (int j = a + 1; j < limit && j <= a + 2; j++) {
                String t = lines.get(j).text;
                if (t.isEmpty() && j + 1 < limit && lines.get(j + 1).text.matches("#\\d{1,6}")) {
                    // the post number a blank line under the date ("• Nov 6, 2026 / / • #2", XenForo)
                    r.hEnd = ++j;
                    break;
                }
                if (t.isEmpty() || !headerContinuation(t) || t.startsWith("Quot") && QUOTE_FROM.matcher(t).matches()) {
                    break; // (a dated quote head under the date, "Quote from Ann on Nov 28, 2026 at 7:20pm", opens the text)
                }
                r.hEnd = j;
            }
            if (MAIL_HEAD.matcher(lines.get(a).text).lookingAt()) {
                // a mail's head under its "Date:" line ("From: Ann <ann@x>", "Subject:", "Message-ID:", a digest)
                for (int j = r.hEnd + 1; j < limit && !lines.get(j).blank() && MAIL_HEAD.matcher(lines.get(j).text).lookingAt(); j++) {
                    r.hEnd = j;
                }
            }
            if (!hasAuthor(lines.get(a).text)) {
                int box = userBox(lines, r.hEnd + 1, limit);
                if (box >= 0) {
                    r.boxAuthor = clean(lines.get(firstText(lines, r.hEnd + 1)).text);
                    r.hEnd = box;
                } else {
                    // a user box w3m ran into one line under the header, past a post number or a counter
                    // ("#1 / [0] / Wendy AchterbergTopic starterPosts: 20Newbie": Asgaros)
                    for (int j = firstText(lines, r.hEnd + 1); j < limit && j <= r.hEnd + 3; j = firstText(lines, j + 1)) {
                        String t = lines.get(j).text;
                        Matcher gp = GLUED_PROFILE.matcher(t);
                        if (gp.find() && gp.start() > 1 && Texts.wordCount(t) <= 10) {
                            String n = clean(t.substring(0, gp.start()));
                            if (n != null && nameLike(n)) {
                                r.boxAuthor = n;
                                r.hEnd = j;
                            }
                            break;
                        }
                        if (!POST_NO_LINE.matcher(t).matches()) {
                            break;
                        }
                    }
                }
            }
            recs.add(r);
        }
        // Bodies: up to the next record's header; the last one up to the thread's end.
        int footers = 0;
        for (int k = 0; k < recs.size(); k++) {
            Rec r = recs.get(k);
            int to = k + 1 < recs.size() ? recs.get(k + 1).hStart : lines.size();
            r.bodyEnd = to;
            for (int j = r.hEnd + 1; j < to; j++) {
                String t = lines.get(j).text;
                r.closesThread |= CLOSER.matcher(t).matches();
                if (t.length() <= 60 && (t.indexOf("arent") >= 0) && action(t) != null
                        && PARENT_LINK.matcher(ACTION_SPLIT.matcher(t).replaceAll(" ")).find()) {
                    // (split where w3m glues the actions: "PermalinkShow parentReply", Moodle)
                    r.parentLink = true; // "Parent", "Show parent" among the actions: the page links this reply to its parent
                }
            }
            for (int j = r.hEnd + 1; j < to; j++) {
                if (action(lines.get(j).text) != null) {
                    footers++;
                    break;
                }
            }
        }
        boolean footerEnds = footers >= Math.max(1, recs.size() * 0.6);
        // a user cell printed beside each post (two columns: phpBB 2, vBulletin 3, SMF 1, UBB.threads): on most
        // records, its lines are no text and its first line is the author
        List<Map<Integer, Line>> cells = new ArrayList<>();
        int celled = 0;
        for (Rec r : recs) {
            Map<Integer, Line> cell = besideCell(lines, r);
            cells.add(cell);
            celled += cell != null ? 1 : 0;
        }
        boolean twoColumns = recs.size() >= 2 && celled >= recs.size() * 0.6;
        for (int k = 1; twoColumns && k < recs.size(); k++) {
            // the next post's cell lines over its date line (its name and subject, "Shona Mackay Re: subject", SMF 1)
            // are no text of the post above
            Rec r = recs.get(k);
            int top = columnCells(lines, r.anchor, recs.get(k - 1).hEnd + 1, new ArrayList<>());
            if (top < r.hStart && columnName(lines, r.anchor, recs.get(k - 1).hEnd + 1) != null) {
                r.hStart = top;
                recs.get(k - 1).bodyEnd = Math.min(recs.get(k - 1).bodyEnd, top);
            }
        }
        for (int k = 0; k < recs.size(); k++) {
            deadline.check();
            Rec r = recs.get(k);
            boolean last = k == recs.size() - 1;
            Map<Integer, Line> cell = twoColumns ? cells.get(k) : null;
            if (cell != null) {
                List<Line> view = new java.util.AbstractList<>() {
                    @Override
                    public Line get(int i) {
                        Line o = cell.get(i);
                        return o != null ? o : lines.get(i);
                    }

                    @Override
                    public int size() {
                        return lines.size();
                    }
                };
                Line cellEnd = cell.get(-2);
                if (last && cellEnd != null) {
                    r.bodyEnd = Math.min(r.bodyEnd, cellEnd.indent()); // the page's footer at the margin after the last post's cell
                }
                body(view, r, last, footerEnds);
                header(lines, r, r.hStart, r.hEnd);
                // (a forum's post table is flat: where a date row starts at the text's column because the cell beside
                // it is empty, that is no reply's indentation)
                Line textCol = cell.get(-3);
                // (a cell that names its poster beside the text, ProBoards' centred one, leaves the date row's
                // column as it is: there it stands deeper on the taller posts, the ones that quote)
                if (textCol != null && cell.get(-1) == null && r.indent > 0 && Math.abs(r.indent - textCol.indent()) <= 1) {
                    r.indent = 0;
                }
                Line name = cell.get(-1);
                if (name != null) {
                    r.author = name.text;
                } else if (r.boxAuthor != null) {
                    r.author = r.boxAuthor;
                }
                if (r.author == null || RANK.matcher(r.author).matches() || RANK_TITLE.matcher(r.author).find() || CELL_STATUS.matcher(r.author).matches()) {
                    String col = columnName(lines, r.anchor, k > 0 ? recs.get(k - 1).anchor + 1 : Math.max(0, r.anchor - 8));
                    if (col != null && !COUNTED_WORD.matcher(col).lookingAt()) {
                        r.author = col; // (not "14 people", a likes line's start beside the text)
                    }
                }
                continue;
            }
            int side = sideColumn(lines, r);
            body(side < r.indent ? besideText(lines, r) : lines, r, last, footerEnds);
            header(lines, r, r.hStart, r.hEnd);
            if (r.boxAuthor != null) {
                r.author = r.boxAuthor;
            }
            if (r.author == null || RANK.matcher(r.author).matches() || RANK_TITLE.matcher(r.author).find() || ALT_ONLY.matcher(r.author).matches()) {
                String col = columnName(lines, r.anchor, k > 0 ? recs.get(k - 1).anchor + 1 : Math.max(0, r.anchor - 8));
                if (col != null) {
                    r.author = col;
                }
            }
            r.indent = side;
        }
        for (int k = 1; k < recs.size(); k++) {
            refLine(lines, recs.get(k - 1), recs.get(k));
        }
        if (recs.stream().anyMatch(r -> r.level == 2 && (r.replyTo != null || r.replyAt != null))) {
            // the second shape's records name whom they answer ("in reply to: ↑ 3 … Replying to X:", Trac): no
            // layout of posts and their comments; the main shape alone, as without the second
            return records(lines, anchors.stream().filter(a -> !minor.contains(a)).toList(), sectionAt, Set.of(), deadline);
        }
        for (Rec r : recs) {
            r.author = wrappedName(lines, r);
        }
        weekdayNames(lines, recs);
        labelNames(lines, recs);
        subjects(lines, recs);
        return finish(recs);
    }

    private static final Pattern RE_SUBJECT = Pattern.compile("(?i)^re:\\s*(.{3,80})$");

    /**
     * Each record's subject: the short line just over its header line, no sentence (a wiki's or a board's comment
     * title, "Re: <title>" on a reply). Read for the parent a flat dump leaves no other cue to (see finish).
     */
    private static void subjects(List<Line> lines, List<Rec> recs) {
        int floor = -1;
        for (Rec r : recs) {
            int j = r.anchor - 1;
            while (j > floor && lines.get(j).blank()) {
                j--;
            }
            if (j > floor && j >= r.anchor - 3) {
                String t = lines.get(j).text.strip();
                if (Texts.wordCount(t) <= 12 && !endsSentence(t) && Dates.find(t) == null) {
                    r.subject = t;
                }
            }
            floor = r.anchor;
        }
    }

    /** How many distinct titled comments "Re: T" subjects answer (a title T an earlier record's subject is). */
    private static int reSubjectThreads(List<Rec> recs) {
        Set<String> roots = new java.util.HashSet<>();
        Set<String> answered = new java.util.HashSet<>();
        for (Rec r : recs) {
            if (r.subject == null) {
                continue;
            }
            Matcher re = RE_SUBJECT.matcher(r.subject);
            if (!re.matches()) {
                roots.add(subjectKey(r.subject));
            } else if (roots.contains(subjectKey(re.group(1)))) {
                answered.add(subjectKey(re.group(1)));
            }
        }
        return answered.size();
    }

    /** A subject's words for matching "Re: T" to T: no "Re:", the "…" of a cut subject, case and spacing. */
    private static String subjectKey(String subject) {
        String t = subject.replaceAll("(?:\u2026|\\.{3})$", "").strip();
        return Texts.squash(t).toLowerCase(Locale.ROOT);
    }


    /**
     * The name in a user cell left of the header, as w3m prints a two-column table: the cell's lines are the words
     * before a gap of spaces on each line up to the date line ("Wendy / Achterberg / Junior Member" beside
     * "[smile] Re: … / posted on …", XMB; "Wendy / Achterberg's / Avatar" beside the title and "Posted: …", Web Wiz).
     * The run of cell lines just above a rank, an avatar's alt text or the date line, joined; a name split over two
     * lines comes back whole. Null when the lines have no such column.
     */
    private static String columnName(List<Line> lines, int anchor, int lower) {
        List<String> cells = new ArrayList<>();
        columnCells(lines, anchor, lower, cells);
        // the cell lines above the first rank, alt text or stars line
        StringBuilder name = new StringBuilder();
        for (String c : cells) {
            if (c.equalsIgnoreCase("author")) {
                name.setLength(0); // (the column's heading over the first post, "Author | Subject")
                continue;
            }
            if (RANK.matcher(c).matches() || RANK_TITLE.matcher(c).find() || ALT_ONLY.matcher(c).matches() || !c.matches(".*\\p{L}.*")) {
                break;
            }
            name.append(name.length() > 0 ? " " : "").append(c);
        }
        String n = clean(OWNER_AVATAR.matcher(name.toString()).replaceFirst(""));
        return n != null && nameLike(n) ? n : null;
    }

    /** The user cell's lines up to the date line at {@code anchor}, top first, into {@code cells}; the top line's index. */
    private static int columnCells(List<Line> lines, int anchor, int lower, List<String> cells) {
        int top = anchor + 1;
        // the text column, from the date line's own gap ("Hero Member  « Posted on: …", two spaces): a name that
        // fills the cell leaves one space before the text beside it ("Shona Mackay Re: subject", SMF 1)
        Line al = lines.get(anchor);
        Matcher am = SIDE_GAP.matcher(al.text);
        int col = al.indent == 0 && am.find() && Texts.wordCount(al.text.substring(0, am.start() + 1)) <= 3 ? am.end() : -1;
        for (int j = anchor; j >= lower && j > anchor - 6; j--) {
            Line l = lines.get(j);
            if (l.blank()) {
                break;
            }
            Matcher m = CELL_GAP.matcher(l.text);
            String left = null;
            if (l.indent == 0 && m.find() && Texts.wordCount(l.text.substring(0, m.start() + 1)) <= 3) {
                left = l.text.substring(0, m.start() + 1).strip();
            } else if (l.indent == 0 && col > 2 && l.text.length() > col && l.text.charAt(col - 1) == ' ' && l.text.charAt(col) != ' '
                    && Texts.wordCount(l.text.substring(0, col)) <= 3) {
                left = l.text.substring(0, col).strip();
            }
            if (left == null) {
                break;
            }
            cells.add(0, left);
            top = j;
        }
        return top;
    }

    /** The gap after a user cell's words: three spaces or more before the text beside it. */
    private static final Pattern CELL_GAP = Pattern.compile("\\S {3,}(?=\\S)");
    /** "Wendy Achterberg's Avatar": an avatar's alt text naming its owner. */
    private static final Pattern OWNER_AVATAR = Pattern.compile("(?i)'s(?:\\s+avatar)?$");

    /**
     * A reference line printed just over a reply's header ("\u256d @ann The rent rise should\u2026", chat exports)
     * names the post it answers and its first words; it ends the post above, whose text it is not.
     */
    private static void refLine(List<Line> lines, Rec above, Rec r) {
        for (int j = r.anchor - 1; j > above.hEnd && j >= r.anchor - 4; j--) {
            String t = lines.get(j).text;
            if (t.isEmpty()) {
                continue;
            }
            Matcher rf = t.length() <= 100 ? REPLY_FROM.matcher(t) : null;
            if (rf != null && rf.find() && nameLike(clean(rf.group(1)))) {
                // "Response from X, Owner at …" over an answer's date line ("Responded Nov 18, 2026", review sites):
                // who answers, and that the record answers the one above; the line is not the text above it
                if (r.author == null || BARE_VERB.matcher(r.author).matches()) {
                    r.author = clean(rf.group(1));
                }
                r.answer = true;
                int last = above.paragraphs.size() - 1;
                if (last >= 0 && above.paragraphs.get(last).endsWith(t)) {
                    String rest = above.paragraphs.get(last).substring(0, above.paragraphs.get(last).length() - t.length()).strip();
                    if (rest.isEmpty()) {
                        above.paragraphs.remove(last);
                    } else {
                        above.paragraphs.set(last, rest);
                    }
                }
                return;
            }
            Matcher m = REF_LINE.matcher(t);
            if (m.matches() && r.replyTo == null) {
                r.replyTo = m.group(1);
                r.quoted = openingWords(m.group(2).replaceAll("(?:\u2026|\\.{3})$", ""));
                int last = above.paragraphs.size() - 1;
                if (last >= 0 && above.paragraphs.get(last).endsWith(t)) {
                    String rest = above.paragraphs.get(last).substring(0, above.paragraphs.get(last).length() - t.length()).strip();
                    if (rest.isEmpty()) {
                        above.paragraphs.remove(last);
                    } else {
                        above.paragraphs.set(last, rest);
                    }
                }
                return;
            }
            if (j < r.hStart) {
                return; // (only the line right over the header, or one inside it)
            }
        }
    }

    /**
     * The record's lines with its side column cut away: the text right of the gap at the header's column, and the
     * column's own lines ("Cara" over "Diaz     Comment …") blank.
     */
    private static List<Line> besideText(List<Line> lines, Rec r) {
        Map<Integer, Line> cut = new HashMap<>();
        for (int j = r.hEnd + 1; j < r.bodyEnd; j++) {
            Line l = lines.get(j);
            if (l.blank() || l.indent >= r.indent) {
                continue;
            }
            Matcher m = SIDE_GAP.matcher(l.text);
            if (m.find() && Math.abs(l.indent + m.end() - r.indent) <= 1 && Texts.wordCount(l.text.substring(0, m.start())) <= 4) {
                cut.put(j, new Line(r.indent, false, l.text.substring(m.end())));
            } else if (l.indent + l.text.length() < r.indent && Texts.wordCount(l.text) <= 3) {
                cut.put(j, new Line(0, false, ""));
            } else {
                break; // (the column ends: what follows at the margin is no longer beside the text)
            }
        }
        return new java.util.AbstractList<>() {
            @Override
            public Line get(int i) {
                Line o = cut.get(i);
                return o != null ? o : lines.get(i);
            }

            @Override
            public int size() {
                return lines.size();
            }
        };
    }

    /**
     * Where a record's header stands right of a side column (an avatar's alt text or a user cell in a table's left
     * column, on some records only): a line of its text starts left of the header with a few words, then a gap of
     * spaces up to the header's column ("Ann Lee  Comment number …" under "         Ann Lee · Nov 10"). The indent
     * is the table's, not the thread's: the column the record's lines start at. Else the record's indent.
     */
    private static int sideColumn(List<Line> lines, Rec r) {
        if (r.indent == 0) {
            return 0;
        }
        for (int j = r.hEnd + 1; j < r.bodyEnd && j <= r.hEnd + 6; j++) {
            Line l = lines.get(j);
            if (l.blank() || l.indent >= r.indent || l.marker) {
                continue;
            }
            Matcher m = SIDE_GAP.matcher(l.text);
            if (m.find() && Math.abs(l.indent + m.end() - r.indent) <= 1 && Texts.wordCount(l.text.substring(0, m.start())) <= 4) {
                return l.indent;
            }
        }
        return r.indent;
    }

    /** The gap between a side column's words and the text beside them: two spaces or more. */
    private static final Pattern SIDE_GAP = Pattern.compile("\\S {2,}(?=\\S)");

    /**
     * A user box printed between a post's header line and its text (fluxBB's "name / Member / From: / Posts:",
     * bbPress's "[avatar]name / Moderator"): a block of two to seven short lines, a name first and a rank, profile
     * field or count under it, then a blank line. Its last line, or -1 when there is none.
     */
    private static int userBox(List<Line> lines, int from, int limit) {
        int j = firstText(lines, from);
        if (j >= limit || j - from > 2) {
            return -1;
        }
        int k = j;
        boolean profile = false;
        while (k < limit && !lines.get(k).blank()) {
            String t = lines.get(k).text;
            if (k - j >= 7 || !headerish(t) || Texts.wordCount(t) > 5 || anchorShape(t) != null && !PROFILE.matcher(t).find()) {
                return -1;
            }
            if (k > j) {
                profile |= RANK.matcher(t).matches() || PROFILE.matcher(t).find() || FIELD.matcher(t).matches() || action(t) != null;
            }
            k++;
        }
        if (k - j < 2 || !profile || k >= limit) {
            return -1;
        }
        String first = lines.get(j).text;
        return nameLike(clean(first)) && !RANK.matcher(first).matches() && !FIELD.matcher(first).matches() ? k - 1 : -1;
    }

    /**
     * A name w3m printed twice (an avatar's alt text glued to the name link: "@ann-bann-b", "PradeepPradeep") or
     * with the avatar's initial glued before it ("TTobiah", on pages where most names show it): the name once.
     */
    /**
     * A localized board's weekday before each post's date ("Jeu 26 Nov 2026 - 9:58", "Ven 27 Nov …") that the header
     * reader took for the poster's name. Told apart from names without knowing the language: across the page the word
     * follows the date's day of the week one to one (every Thursday post "Jeu", every Friday one "Ven", no other word
     * on either day), which posters' names never do over three or more posts. Such a post is named by its user box
     * above the date instead, where the avatar's alt text doubles the name line ("Gus / Gus / Habitué / Messages : 7");
     * without that, by nobody.
     */
    private static void weekdayNames(List<Line> lines, List<Rec> recs) {
        Map<String, java.time.DayOfWeek> dayOf = new HashMap<>();
        Map<java.time.DayOfWeek, String> wordOf = new HashMap<>();
        int n = 0;
        int named = 0;
        for (Rec r : recs) {
            if (r.author == null) {
                continue;
            }
            named++;
            java.time.DayOfWeek d = dayOfWeek(Dates.find(lines.get(r.anchor).text));
            String w = r.author.endsWith(".") ? r.author.substring(0, r.author.length() - 1) : r.author;
            if (d == null || !WEEKDAY_WORD.matcher(w).matches() || !lines.get(r.anchor).text.startsWith(r.author)) {
                continue;
            }
            if (dayOf.getOrDefault(w, d) != d || !wordOf.getOrDefault(d, w).equals(w)) {
                return; // one word on two days, or two words on one day: names
            }
            dayOf.put(w, d);
            wordOf.put(d, w);
            n++;
        }
        if (n < 3 || n < named * 0.6) {
            return;
        }
        int lower = -1;
        for (Rec r : recs) {
            String w = r.author == null ? null : r.author.endsWith(".") ? r.author.substring(0, r.author.length() - 1) : r.author;
            if (w != null && dayOf.containsKey(w) && lines.get(r.anchor).text.startsWith(r.author)) {
                r.author = doubledNameAbove(lines, r.anchor, Math.max(lower, r.anchor - 14));
            }
            lower = r.anchor;
        }
    }

    /**
     * A name w3m wrapped inside a narrow user cell beside the post ("Annika       [posticon] Posted on: … / Berglund /
     * Newbie", "Marguerite / L."): the cell's first line gave the author, the next line at the same column holds its
     * second word alone and nothing beside it. That word joins a capitalised first name when it reads as a surname or
     * an initial (capital first, no digits) and the two would not have fitted the cell's width on one line; a
     * lower-case handle ("kerbside / Advanced / Member") is a whole name over its rank.
     */
    private static String wrappedName(List<Line> lines, Rec r) {
        String a = r.author;
        if (a != null) {
            // (an image w3m printed as its bracketed alt text after the name, "Halima Osei  [posticon]", is no part of it)
            a = TRAILING_IMAGE.matcher(a).replaceFirst("");
        }
        if (a == null || a.isEmpty() || Texts.wordCount(a) > 1 || !Character.isUpperCase(a.charAt(0))) {
            return a == null || a.isEmpty() ? r.author : a;
        }
        for (int j = r.hStart; j <= r.hEnd && j + 1 < lines.size(); j++) {
            Line l = lines.get(j);
            if (!l.text.startsWith(a) || l.text.length() == a.length() || !l.text.startsWith("   ", a.length())) {
                continue; // (the name must be a first column, wider text beside it)
            }
            Line next = lines.get(j + 1);
            if (next.indent == l.indent && !next.marker && WRAPPED_WORD.matcher(next.text).matches()
                    && a.length() + 1 + next.text.length() > l.text.indexOf("   ", a.length()) - 1
                    && nameLike(a + " " + next.text)) {
                return a + " " + next.text;
            }
            return a;
        }
        return a;
    }

    private static final Pattern TRAILING_IMAGE = Pattern.compile("\\s{2,}\\[[^\\]]{1,30}\\]$");

    /** A surname or an initial alone on a line: "Berglund", "L.", "O'Dowd". */
    private static final Pattern WRAPPED_WORD = Pattern.compile("\\p{Lu}(?:[\\p{L}'\u2019-]{1,20}|\\.)");

    /**
     * One "name" on every post of a page, taken from a line every post's head repeats: an avatar's alt text or a
     * label over the poster's name ("• 프로필 사진 / Marguerite L.", "• Profile picture / Gus"). Posters differ from
     * post to post; where three or more posts and most named ones share the author and each head has a name line
     * under the repeated one, and those names are not all one, the name line is the author.
     */
    private static void labelNames(List<Line> lines, List<Rec> recs) {
        Map<String, Integer> counts = new HashMap<>();
        int named = 0;
        for (Rec r : recs) {
            if (r.author != null) {
                named++;
                counts.merge(r.author, 1, Integer::sum);
            }
        }
        String label = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= 3 && e.getValue() >= named * 0.8) {
                label = e.getKey();
            }
        }
        if (label == null) {
            return;
        }
        Map<Rec, String> names = new HashMap<>();
        for (Rec r : recs) {
            if (!label.equals(r.author)) {
                continue;
            }
            for (int j = r.hStart; j <= r.hEnd && j < lines.size(); j++) {
                if (!lines.get(j).text.startsWith(label) || Texts.wordCount(lines.get(j).text) > 4) {
                    continue;
                }
                int n = firstText(lines, j + 1);
                if (n < lines.size() && n <= j + 2) {
                    String t = withoutGluedBadge(clean(lines.get(n).text));
                    if (t != null && !t.equals(label) && !t.startsWith(label) && nameLike(t) && !FIELD.matcher(t).matches()
                            && !RANK.matcher(t).matches() && Dates.find(t) == null && action(t) == null) {
                        names.put(r, t);
                    }
                }
                break;
            }
        }
        if (names.size() < 3 || names.size() < counts.get(label) * 0.8 || new java.util.HashSet<>(names.values()).size() < 2) {
            return;
        }
        for (Map.Entry<Rec, String> e : names.entrySet()) {
            Rec r = e.getKey();
            r.author = e.getValue();
            if (r.replyTo != null && key(r.replyTo).equals(key(r.author))) {
                r.replyTo = null; // (the name line, read under the label as whom the post answers, is its poster)
            }
        }
    }

    /**
     * A badge w3m glued after a Latin-script name in another script ("Annika Berglund작성자", the thread starter's
     * mark on a Korean board): the name alone. A name wholly in one script keeps every letter.
     */
    static String withoutGluedBadge(String name) {
        if (name == null) {
            return null;
        }
        Matcher m = GLUED_BADGE.matcher(name);
        return m.matches() ? m.group(1) : name;
    }

    private static final Pattern GLUED_BADGE = Pattern.compile("(\\p{IsLatin}[\\p{IsLatin}\\p{N}_.'\u2019 -]*[\\p{IsLatin}\\p{N}.])"
            + "[\\p{IsHangul}\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{1,6}");

    private static final Pattern WEEKDAY_WORD = Pattern.compile("\\p{L}{2,4}");

    private static java.time.DayOfWeek dayOfWeek(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(iso.substring(0, 10)).getDayOfWeek();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The name a user box above line {@code anchor} prints twice in a row (the avatar's alt text, then the name). */
    private static String doubledNameAbove(List<Line> lines, int anchor, int lower) {
        String below = null;
        for (int j = anchor - 1; j > lower; j--) {
            String t = lines.get(j).text;
            if (t.isEmpty()) {
                below = null;
                continue;
            }
            if (t.equals(below) && nameLike(t) && !FIELD.matcher(t).matches()) {
                return t;
            }
            below = t;
        }
        return null;
    }

    private static String undoubled(String name, boolean initials) {
        if (name == null) {
            return null;
        }
        String n = name.startsWith("@") ? name.substring(1) : name;
        int h = n.length() / 2;
        if (n.length() >= 4 && n.length() % 2 == 0 && n.substring(0, h).equals(n.substring(h))) {
            return n.substring(0, h);
        }
        int sp = n.indexOf(' ');
        if (name.startsWith("@") && sp > 1 && n.substring(sp + 1).equals(n.substring(0, sp))) {
            return n.substring(0, sp); // "@fionn fionn": an avatar's alt text "@handle", then the handle's link
        }
        String withRole = doubledWithRole(n);
        if (withRole != null) {
            return withRole;
        }
        if (initials && n.length() >= 3 && Character.isUpperCase(n.charAt(0))
                && Character.toLowerCase(n.charAt(0)) == Character.toLowerCase(n.charAt(1))) {
            return n.substring(1);
        }
        return name;
    }

    /**
     * "PradeepPradeepModerator", "foxglovefoxgloveNew Member": an avatar's alt text and the name link, then the
     * user's role glued after them (Vanilla); the name, or null when the line is not shaped so.
     */
    private static String doubledWithRole(String n) {
        for (int len = (n.length() - 1) / 2; len >= 2; len--) {
            String rest = n.substring(2 * len);
            if (n.substring(0, len).equals(n.substring(len, 2 * len)) && Character.isUpperCase(rest.charAt(0))
                    && Texts.wordCount(rest) <= 2 && rest.matches("[\\p{L} ]+") && !n.substring(0, len).isBlank()) {
                return n.substring(0, len).strip();
            }
        }
        return null;
    }

    /**
     * Where a capitalised word starts glued inside a name ("Yusuf AdeyemiCardiff" at "Cardiff", "bosun42Plymouth, UK"
     * at "Plymouth"), or -1: on a page where most names show it, w3m glued a label (a place) after the name.
     */
    private static int gluedTail(String name) {
        for (int i = name.length() - 3; i > 0; i--) {
            if (Character.isUpperCase(name.charAt(i)) && Character.isLowerCase(name.charAt(i + 1))
                    && Character.isLowerCase(name.charAt(i + 2)) && Character.isLetterOrDigit(name.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    private static Result finish(List<Rec> recs) {
        // "Commented on ann's message: <its first words>" as a reply's first paragraph (Mattermost): the parent by name
        // and words, not the reply's text
        for (Rec r : recs) {
            Matcher m = r.replyTo == null && r.paragraphs.size() >= 2 ? REPLY_REF.matcher(r.paragraphs.get(0)) : null;
            if (m != null && m.matches() && nameLike(clean(m.group(1)))) {
                r.replyTo = clean(m.group(1));
                r.quoted = openingWords(m.group(2).replaceAll("(?:\u2026|\\.{3})$", ""));
                r.paragraphs.remove(0);
            }
        }
        // a kebab menu ("\u2026") printed as the text's first line (Gitea): no words of the comment
        for (Rec r : recs) {
            if (r.paragraphs.size() >= 2 && r.paragraphs.get(0).matches("^(?:\\.{3}|\u2026|\u22ef|\u22ee)$")) {
                r.paragraphs.remove(0);
            }
        }
        // the name alone on the first line under the date, on most records of a page that gave them no author
        // (django-comments-xtd: "Nov. 20, 2026, 1:41 p.m. / wharf_rat / text"): the author, not the text
        int nameFirst = 0;
        for (Rec r : recs) {
            if (r.author == null && r.paragraphs.size() >= 2 && nameFirst(r.paragraphs.get(0))) {
                nameFirst++;
            }
        }
        if (nameFirst >= 3 && nameFirst >= recs.size() * 0.6) {
            for (Rec r : recs) {
                if (r.author == null && r.paragraphs.size() >= 2 && nameFirst(r.paragraphs.get(0))) {
                    r.author = clean(r.paragraphs.remove(0));
                }
            }
        }
        // w3m artefacts in names: an avatar's initial glued before most names of the page, alt text doubling a name
        int initial = 0;
        int named = 0;
        for (Rec r : recs) {
            if (r.author != null) {
                named++;
                String a = r.author;
                if (a.length() >= 3 && Character.isUpperCase(a.charAt(0)) && Character.toLowerCase(a.charAt(0)) == Character.toLowerCase(a.charAt(1))) {
                    initial++;
                }
            }
        }
        boolean initials = named >= 3 && initial >= named * 0.8;
        int handled = 0;
        for (Rec r : recs) {
            r.author = undoubled(r.author, initials);
            if (r.author != null && r.author.indexOf(" @") > 0 && NAME_HANDLE.matcher(r.author).matches()) {
                handled++;
            }
        }
        int parenthesised = 0;
        for (Rec r : recs) {
            if (r.author != null && r.author.endsWith(")") && NAME_PAREN.matcher(r.author).matches()) {
                parenthesised++;
            }
        }
        if (parenthesised >= 3 && parenthesised >= named * 0.4) {
            // a display name and its user name in brackets on most records ("Ann Lee (annlee)", Launchpad)
            for (Rec r : recs) {
                Matcher h = r.author == null ? null : NAME_PAREN.matcher(r.author);
                if (h != null && h.matches() && nameLike(h.group(1))) {
                    r.author = h.group(1);
                }
            }
        }
        if (named >= 3 && handled >= named * 0.6) {
            // a display name and its handle on most records ("Ann Lee @annlee", GitLab, Talkyard): the name as shown
            // (one commenter who calls themself "Kris @Krazy_Kris" keeps it)
            for (Rec r : recs) {
                Matcher h = r.author == null ? null : NAME_HANDLE.matcher(r.author);
                if (h != null && h.matches() && nameLike(h.group(1))) {
                    r.author = h.group(1);
                }
            }
        }
        // a place or other label glued after most names of the page ("Yusuf AdeyemiCardiff", "Morwenna TLondon")
        int glued = 0;
        for (Rec r : recs) {
            if (r.author != null && gluedTail(r.author) > 0) {
                glued++;
            }
        }
        if (named >= 4 && glued >= named * 0.6) {
            for (Rec r : recs) {
                int at = r.author == null ? -1 : gluedTail(r.author);
                if (at > 0) {
                    r.author = r.author.substring(0, at);
                }
            }
        }
        // the same place or label printed after most names, spaced ("Ann Lee Mill Lane", Commentics' town)
        Map<String, Integer> tails = new HashMap<>();
        for (Rec r : recs) {
            if (r.author != null) {
                String[] w = r.author.split(" ");
                for (int k = 1; k <= 2 && k < w.length; k++) {
                    tails.merge(String.join(" ", java.util.Arrays.copyOfRange(w, w.length - k, w.length)), 1, Integer::sum);
                }
            }
        }
        String tail = null;
        for (Map.Entry<String, Integer> e : tails.entrySet()) {
            if (named >= 4 && e.getValue() >= named * 0.6 && (tail == null || e.getKey().length() > tail.length())) {
                tail = e.getKey();
            }
        }
        if (tail != null) {
            for (Rec r : recs) {
                if (r.author != null && r.author.endsWith(" " + tail) && nameLike(r.author.substring(0, r.author.length() - tail.length() - 1))) {
                    r.author = r.author.substring(0, r.author.length() - tail.length() - 1);
                }
            }
        }
        // post numbers dotted by depth ("#1", "#1.1", "#1.2", "#2": Serendipity's threaded view, printed flat), where
        // most records have one and two or more are dotted: the nesting, as "level N" lines give it
        long numbered = recs.stream().filter(r -> r.numbered > 0).count();
        if (recs.stream().filter(r -> r.numbered > 1).count() >= 2 && numbered >= recs.size() * 0.6
                && recs.stream().allMatch(r -> r.level == 0)) {
            for (Rec r : recs) {
                r.level = r.numbered;
            }
        }
        // "level N" lines, where most records have one, are the nesting (new Reddit prints no indentation)
        long levelled = recs.stream().filter(r -> r.level > 0).count();
        if (levelled >= 2 && levelled >= recs.size() * 0.6) {
            for (Rec r : recs) {
                r.indent = r.level > 0 ? r.level : 1;
            }
        } else {
            DumpIndents.snapNeighbours(recs, r -> r.indent, (r, i) -> r.indent = i);
        }
        // Reply structure: indentation first, then reply-to names and @mentions on a flat level.
        // (over records with text: a header with none, as a forum's topic line "• Ann / • Nov 17 2026" above the
        // posts' own, is no level of the thread)
        boolean anyText = recs.stream().anyMatch(r -> !r.paragraphs.isEmpty());
        int base = Integer.MAX_VALUE;
        for (Rec r : recs) {
            if (!anyText || !r.paragraphs.isEmpty()) {
                base = Math.min(base, r.indent);
            }
        }
        boolean nested = false;
        for (Rec r : recs) {
            nested |= r.indent > base && (!anyText || !r.paragraphs.isEmpty());
        }
        // "Write a reply" under some records but not all, nothing indented: each box closes a thread whose first
        // comment is top level and the rest its replies, printed flat (Giscus)
        long closers = recs.stream().filter(r -> r.closesThread).count();
        long parentLinks = recs.stream().filter(r -> r.parentLink).count();
        boolean closed = !nested && closers >= 2 && closers < recs.size();
        // On a flat dump, names typed at a comment's head say who answers whom only where a good share of the
        // comments name one (DumpNameCues); a few "@ann" or "Ann, …" in a long flat list are readers addressing
        // each other, and the comments stay top level.
        boolean typedNames = nested || typedNamesTrusted(recs);
        if (!typedNames) {
            for (Rec r : recs) {
                if (r.typedMention) {
                    r.replyTo = null;
                }
            }
        }
        // "Re: T" answers the comment titled T only where replies answer two or more such titles (a wiki's titled
        // comment threads): a board's replies all titled "Re: <topic>" answer the thread, top level as its posts
        boolean reSubjects = reSubjectThreads(recs) >= 2;
        Rec threadTop = null;
        List<Rec> stack = new ArrayList<>();
        Map<String, Rec> lastBy = new HashMap<>();
        Map<String, Rec> byPrinted = new HashMap<>();
        Map<String, Rec> byNo = new HashMap<>();
        List<ExtractedComment> out = new ArrayList<>();
        int n = 0;
        List<Rec> announced = new ArrayList<>();
        List<Integer> left = new ArrayList<>();
        for (Rec r : recs) {
            while (!stack.isEmpty() && stack.get(stack.size() - 1).indent >= r.indent) {
                stack.remove(stack.size() - 1);
            }
            r.parent = stack.isEmpty() || r.indent <= base ? null : stack.get(stack.size() - 1);
            while (!announced.isEmpty() && left.get(left.size() - 1) == 0) {
                announced.remove(announced.size() - 1);
                left.remove(left.size() - 1);
            }
            if (!announced.isEmpty() && !nested) {
                // the replies a "2 replies" line announced, printed flat after it (Giscus, GitHub discussions); a
                // reply announcing its own opens a level under it, its replies first (Medium: "1 replyReply")
                Rec top = announced.get(announced.size() - 1);
                if (r.parent == null && r.indent <= top.indent) {
                    r.parent = top;
                }
                left.set(left.size() - 1, left.get(left.size() - 1) - 1);
            }
            if (r.replyCount > 0) {
                announced.add(r);
                left.add(r.replyCount);
            }
            if (closed) {
                if (threadTop == null) {
                    threadTop = r;
                } else if (r.parent == null && r.replyTo == null) {
                    r.parent = threadTop;
                }
                if (r.closesThread) {
                    threadTop = null;
                }
            }
            if (r.parent != null && r.replyTo != null && nested) {
                // a depth cap: a reply deeper than the page nests prints among its thread's replies and names the
                // comment it answers ("in reply to X", Guardian-likes); the named comment under the indented parent
                Rec answered = null;
                String[] words = r.replyTo.split(" ");
                for (int k = words.length; k > 0 && answered == null; k--) {
                    answered = lastBy.get(key(String.join(" ", java.util.Arrays.copyOf(words, k))));
                }
                if (answered != null && answered != r.parent && below(answered, r.parent)) {
                    r.parent = answered;
                }
            }
            if (r.parent == null && r.answer && r.replyTo == null && !nested) {
                // "Response from X": an answer to the record above it that is no answer itself (a review's replies)
                for (int k = recs.indexOf(r) - 1; k >= 0 && r.parent == null; k--) {
                    if (recs.get(k).id != null && !recs.get(k).answer) {
                        r.parent = recs.get(k);
                    }
                }
            }
            if (reSubjects && r.parent == null && r.replyTo == null && r.replyNo == null && !nested && r.subject != null) {
                // "Re: T" over a reply whose thread opened with the subject T (a wiki's or a board's titled comments,
                // printed flat): an answer in that thread, the comment titled T its parent; the dump keeps no deeper level
                Matcher re = RE_SUBJECT.matcher(r.subject);
                if (re.matches()) {
                    String key = subjectKey(re.group(1));
                    for (int k = recs.indexOf(r) - 1; k >= 0 && r.parent == null; k--) {
                        Rec e = recs.get(k);
                        if (e.id != null && e.subject != null && !RE_SUBJECT.matcher(e.subject).matches() && subjectKey(e.subject).equals(key)) {
                            r.parent = e;
                        }
                    }
                }
            }
            if (r.parent == null && r.replyNo != null && !nested) {
                // the answered post by its number ("in reply to 3", ">>48213377")
                r.parent = byNo.get(r.replyNo);
            }
            if (r.parent == null && r.replyTo != null && !nested) {
                // (where the dump shows nesting, a top-level comment that names someone was posted top level)
                // the longest run of the reply-to name's words that names an earlier commenter
                if (r.replyAt != null) {
                    // the quoted post by its author and time, where the author posted more than once
                    for (Rec e : recs) {
                        if (e == r) {
                            break;
                        }
                        if (e.id != null && e.author != null && key(e.author).equals(key(r.replyTo)) && r.replyAt.equals(e.time)) {
                            r.parent = e;
                        }
                    }
                }
                if (r.quoted != null && r.parent == null) {
                    // the quoted words pick the post where its author posted more than once ("X said:" over X's
                    // first post, X having posted again since)
                    for (Rec e : recs) {
                        if (e == r) {
                            break;
                        }
                        if (e.id != null && e.author != null && key(r.replyTo).startsWith(key(e.author))
                                && openingWords(String.join(" ", e.paragraphs)).equals(r.quoted)) {
                            r.parent = e;
                        }
                    }
                }
                String[] words = r.replyTo.split(" ");
                for (int k = words.length; k > 0 && r.parent == null; k--) {
                    r.parent = lastBy.get(key(String.join(" ", java.util.Arrays.copyOf(words, k))));
                }
                if (r.parent == null && words.length == 1 && words[0].length() >= 3) {
                    // a first name for a full one ("@Niamh" to Niamh Casey): where one earlier commenter alone has it
                    Rec only = null;
                    for (Map.Entry<String, Rec> e : byPrinted.entrySet()) {
                        int sp = e.getKey().indexOf(' ');
                        if (sp > 0 && key(e.getKey().substring(0, sp)).equals(key(words[0]))) {
                            only = only == null || only.author.equals(e.getValue().author) ? e.getValue() : NO_ONE;
                        }
                    }
                    // (the whole name after the "@" is the one-token mention's case, "@Communal Award" opening a
                    // comment posted top level: only a first name standing for the full one counts here)
                    String opening = r.paragraphs.isEmpty() ? "" : r.paragraphs.get(0);
                    boolean wholeName = only != null && only != NO_ONE
                            && opening.regionMatches(true, 0, "@" + only.author, 0, only.author.length() + 1);
                    r.parent = only == NO_ONE || wholeName ? null : only;
                }
            }
            if (r.parent == null && r.replyTo == null && r.mention != null && !nested && r.paragraphs.size() > 1
                    && r.paragraphs.get(0).equals(r.mention) && lastBy.containsKey(key(r.mention))) {
                // the text opens with an earlier commenter's name alone (a mention link): a reply to that comment
                r.parent = lastBy.get(key(r.mention));
                r.paragraphs.remove(0);
            }
            if (r.parent == null && r.replyTo == null && r.replyAt != null && !nested) {
                // the answered post named by its time alone: the latest earlier comment posted then
                for (Rec e : recs) {
                    if (e == r) {
                        break;
                    }
                    if (e.id != null && r.replyAt.equals(e.time)) {
                        r.parent = e;
                    }
                }
            }
            if (r.parent == null && r.replyTo == null && r.mention == null && r.indentedBlock != null && !nested) {
                // an indented block opening the post whose words an earlier comment holds: a quote of that comment
                // (the latest that holds them); its words are not this post's text. Words no earlier comment holds
                // (a list, code, a quote from elsewhere) stay text and say nothing about the thread.
                List<String> quote = wordList(String.join(" ", r.indentedBlock));
                Rec holder = null;
                int holders = 0;
                for (Rec e : recs) {
                    if (e == r) {
                        break;
                    }
                    if (e.id != null && quote.size() >= 6
                            && java.util.Collections.indexOfSubList(wordList(String.join(" ", e.paragraphs)), quote) >= 0) {
                        holder = e;
                        holders++;
                    }
                }
                if (holders == 1) {
                    // (words more than one earlier comment holds, a stock phrase, do not say which: top level)
                    r.parent = holder;
                }
                if (r.parent != null) {
                    // the quote's paragraphs as the text reader split them, among the post's first ones
                    int reach = Math.min(r.paragraphs.size() - 1, r.indentedBlock.size() + 1);
                    for (int k = reach - 1; k >= 0; k--) {
                        List<String> p = wordList(r.paragraphs.get(k));
                        if (!p.isEmpty() && java.util.Collections.indexOfSubList(quote, p) >= 0) {
                            r.paragraphs.remove(k);
                        }
                    }
                }
            }
            if (r.parent == null && r.replyTo == null && r.quoteByWords && !nested) {
                // the post whose text opens with the quoted words
                for (Rec e : recs) {
                    if (e == r) {
                        break;
                    }
                    if (e.id != null && openingWords(String.join(" ", e.paragraphs)).equals(r.quoted)) {
                        r.parent = e;
                    }
                }
            }
            if (r.parent == null && r.replyTo == null && r.parentLink && !nested && !closed && parentLinks < recs.size()) {
                // a reply whose parent the dump does not print (its indent only in CSS): the comment above it,
                // which a reply most often answers
                for (int k = recs.indexOf(r) - 1; k >= 0 && r.parent == null; k--) {
                    if (recs.get(k).id != null) {
                        r.parent = recs.get(k);
                    }
                }
            }
            if (r.parent == null && r.replyTo == null && r.mention == null && !nested && !r.paragraphs.isEmpty() && !lastBy.isEmpty()
                    && typedNames) {
                // the text opens with an earlier commenter's name as printed, then a capital or a comma: a mention
                // link rendered as plain words ("Ann Lee Thanks, but …", Jira, Zendesk without the "@")
                Rec byName = null;
                String first = r.paragraphs.get(0);
                // the longest run of the text's first four words that an earlier commenter signed with
                int end = -1;
                List<Integer> ends = new ArrayList<>(4);
                for (int w = 0; w < 4; w++) {
                    end = first.indexOf(' ', end + 1);
                    if (end < 0) {
                        break;
                    }
                    ends.add(end);
                }
                for (int k = ends.size() - 1; k >= 0 && byName == null; k--) {
                    int at = ends.get(k);
                    String cand = first.substring(0, at);
                    char before = cand.charAt(cand.length() - 1);
                    if (before == ',' || before == ':') {
                        cand = cand.substring(0, cand.length() - 1);
                    }
                    Rec e = byPrinted.get(cand);
                    if (e != null && e != r && cand.length() >= 3 && (r.author == null || !key(cand).equals(key(r.author)))
                            && at + 1 < first.length()
                            && (before == ',' || before == ':' || Character.isUpperCase(first.charAt(at + 1)))) {
                        byName = e;
                    }
                }
                if (byName != null) {
                    r.parent = byName;
                    String rest = first.substring(byName.author.length()).replaceFirst("^[,:]?\\s+", "");
                    r.paragraphs.set(0, rest);
                }
            }
            stack.add(r);
            if (r.paragraphs.isEmpty()) {
                continue;
            }
            r.id = "c" + (++n);
            if (r.parent != null && r.parent.id == null) {
                r.parent = null;
            }
            if (r.quoteOpens && r.parent != null) {
                unquote(r, r.parent);
            }
            if (r.meridiem != null && r.time != null && r.time.length() >= 16 && r.time.charAt(10) == 'T') {
                int h = Integer.parseInt(r.time.substring(11, 13));
                int h24 = r.meridiem.equals("pm") ? (h < 12 ? h + 12 : h) : (h == 12 ? 0 : h);
                r.time = r.time.substring(0, 11) + String.format("%02d", h24) + r.time.substring(13);
            }
            r.depth = r.parent == null ? 0 : r.parent.depth + 1;
            if (r.author != null) {
                lastBy.put(key(r.author), r);
                byPrinted.put(r.author, r);
            }
            if (r.postNo != null) {
                byNo.put(r.postNo, r);
            }
            out.add(new ExtractedComment(r.id, r.parent == null ? null : r.parent.id, r.author, r.time, r.likes,
                    String.join("\n\n", r.paragraphs), List.of(), r.depth));
        }
        int start = recs.get(0).hStart;
        int end = recs.get(recs.size() - 1).bodyEnd;
        return new Result(start, end, out, true);
    }

    /**
     * "lucky said" beside the author lucky read from the header's date line (WordPress themes print "1. <date> /
     * lucky said,"): the author's own byline, no second name of a comment replied to.
     */
    private static boolean ownSays(String name, String author) {
        Matcher m = SAYS.matcher(name);
        return m.matches() && key(m.group(1)).equals(key(author));
    }

    /** Whether a good share of a flat dump's comments name an earlier commenter (see {@link DumpNameCues}). */
    private static boolean typedNamesTrusted(List<Rec> recs) {
        DumpNameCues.Seen seen = new DumpNameCues.Seen();
        int cued = 0;
        int texts = 0;
        for (Rec r : recs) {
            if (r.paragraphs.isEmpty()) {
                continue;
            }
            texts++;
            boolean own = r.author != null && r.replyTo != null && key(r.author).equals(key(r.replyTo));
            if (r.replyTo != null && !own && (!r.typedMention || seen.names(r.replyTo))
                    || r.replyNo != null
                    || r.replyTo == null && r.mention != null && seen.names(r.mention)
                    || r.replyTo == null && r.mention == null && seen.opensWith(r.paragraphs.get(0), r.author)) {
                cued++;
            }
            seen.add(r.author);
        }
        return DumpNameCues.trusted(cued, texts);
    }

    /** A text's first six words, lower case, without punctuation: how a quote's start is matched to its post. */
    /**
     * The name line of a user box printed as a second column beside the post's head ("Petra Novak      Registered: 9
     * years ago / Re: subject      Posts: 36 / Nov 24, 2026 09:44", Phorum): the line whose first column is a name,
     * when every line between it and the date carries a profile field in its second column; else the date line.
     */
    private static final Pattern PROFILE_COLUMN = Pattern.compile("^(\\S.{0,60}?)\\s{3,}(\\S.{0,40})$");

    private static int profileColumns(List<Line> lines, int anchor, int lower) {
        for (int j = anchor - 1; j > lower && j >= anchor - 3; j--) {
            Matcher c = PROFILE_COLUMN.matcher(lines.get(j).text);
            // (a labelled first column, "Posted by: X (IP Logged)", is a header line the usual rules read: not this)
            if (!c.matches() || !PROFILE.matcher(c.group(2)).find()
                    || c.group(1).indexOf(':') >= 0 && !c.group(1).regionMatches(true, 0, "re:", 0, 3)) {
                return anchor;
            }
            if (c.group(1).indexOf(':') < 0 && Texts.wordCount(c.group(1)) <= 3 && nameLike(clean(c.group(1)))) {
                return j;
            }
        }
        return anchor;
    }

    private static boolean nameFirst(String p) {
        return p.length() <= 40 && Texts.wordCount(p) <= 3 && !p.matches(".*[.!?,;:]$") && nameLike(clean(p));
    }

    private static String openingWords(String t) {
        StringBuilder b = new StringBuilder();
        Matcher w = WORDS.matcher(t.toLowerCase(Locale.ROOT));
        for (int k = 0; k < 6 && w.find(); k++) {
            b.append(w.group()).append(' ');
        }
        return b.toString();
    }

    /** Two or more candidates: no one. */
    private static final Rec NO_ONE = new Rec();

    /** A text's words, lower case, without punctuation. */
    private static List<String> wordList(String t) {
        List<String> out = new ArrayList<>();
        Matcher w = WORDS.matcher(t.toLowerCase(Locale.ROOT));
        while (w.find()) {
            out.add(w.group());
        }
        return out;
    }

    /**
     * The paragraphs of the first block of a record's text indented deeper than the rest, where it comes first or
     * after one short paragraph (a tracker's "Patch Set 2:" line) and the post's own text follows it at the text's
     * indent; null when there is none. Its lines are joined as {@link #body} joins them.
     */
    private static List<String> indentedBlock(List<Line> lines, Rec r, int textIndent) {
        int j = firstText(lines, r.hEnd + 1);
        int before = 0;
        while (j < r.bodyEnd && lines.get(j).indent <= textIndent) {
            int k = j;
            while (k < r.bodyEnd && !lines.get(k).blank()) {
                if (lines.get(k).indent > textIndent) {
                    return null; // (a deeper line inside a paragraph: a wrap or a list, not a block)
                }
                k++;
            }
            if (++before > 1 || lines.get(j).text.length() > 60) {
                return null;
            }
            j = firstText(lines, k);
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (; j < r.bodyEnd; j++) {
            Line l = lines.get(j);
            if (l.blank()) {
                TextExtractor.flush(cur, out);
            } else if (l.indent > textIndent && !l.marker) {
                join(cur, l.text);
            } else {
                TextExtractor.flush(cur, out);
                return out.isEmpty() || l.marker ? null : out;
            }
        }
        return null;
    }

    /** Whether {@code r} is {@code top} or one of its replies, at any depth. */
    private static boolean below(Rec r, Rec top) {
        for (Rec e = r; e != null; e = e.parent) {
            if (e == top) {
                return true;
            }
        }
        return false;
    }

    /**
     * Cuts the parent's opening words from the reply's first paragraph, where an unboxed quote ("Originally posted by
     * X" and X's text, printed flush with the reply's own) opens it: five words or more in common from the start.
     */
    private static void unquote(Rec r, Rec parent) {
        if (r.paragraphs.isEmpty() || parent.paragraphs.isEmpty()) {
            return;
        }
        String[] own = r.paragraphs.get(0).split("\\s+");
        String[] quoted = String.join(" ", parent.paragraphs).split("\\s+");
        int k = 0;
        while (k < own.length && k < quoted.length && own[k].equals(quoted[k])) {
            k++;
        }
        if (k < 5) {
            return;
        }
        String rest = String.join(" ", java.util.Arrays.copyOfRange(own, k, own.length)).strip();
        if (rest.isEmpty()) {
            r.paragraphs.remove(0);
            if (r.paragraphs.isEmpty()) {
                r.paragraphs.add(String.join(" ", own)); // (a quote and nothing else: keep it rather than lose the post)
            }
        } else {
            r.paragraphs.set(0, rest);
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_.]+", "");
    }

    /** Where a record's header begins: the bullet that opens it, or the name, rank and title lines above its header line. */
    /** A user box's home town ("Bristol, United Kingdom", "Austin, TX"): no name. */
    private static final Pattern PLACE = Pattern.compile("^\\p{Lu}[\\p{L}.'-]{1,20}(?: \\p{Lu}[\\p{L}.'-]{1,20}){0,2}, (?:\\p{Lu}[\\p{L}.'-]{1,20}(?: \\p{Lu}[\\p{L}.'-]{1,20}){0,2}|\\p{Lu}{2})$");
    private static final Pattern USER_COUNT = Pattern.compile("(?i)^\\d[\\d,.]{0,8}k?\\s+(?:contributions?|reviews?|ratings?|helpful votes?|followers?|photos?)$");

    private static int headerStart(List<Line> lines, int anchor, int lower) {
        if (anchor - 1 > lower && lines.get(anchor - 1).text.length() <= 60) {
            // the avatar's alt text right over a header line that opens with the same name ("devpatel profile image /
            // devpatel 4:30 PM", chat and comment widgets): the record's, not the end of the text above
            Matcher alt = AVATAR_ALT.matcher(lines.get(anchor - 1).text);
            String head = lines.get(anchor).text;
            if (alt.lookingAt() && alt.end() == lines.get(anchor - 1).text.length() && alt.group(1).length() >= 2
                    && head.startsWith(alt.group(1)) && (head.length() == alt.group(1).length() || !Character.isLetterOrDigit(head.charAt(alt.group(1).length())))) {
                return anchor - 1;
            }
        }
        // a score line between the name and the header line ("marram / 32 points / 4 days ago", Commento): the name
        // line opens the record, though the score alone reads as a footer of actions
        if (anchor - 2 > lower && !hasAuthor(lines.get(anchor).text)) {
            String score = lines.get(anchor - 1).text;
            String name = lines.get(anchor - 2).text;
            if (LIKES_HEADER.matcher(score).find() && action(score) != null && Texts.wordCount(score) <= 2
                    && nameLike(clean(name)) && !RANK.matcher(name).matches()) {
                return anchor - 2;
            }
        }
        List<Integer> taken = new ArrayList<>();
        int j = anchor - 1;
        int boundary = lower;
        // (ten lines: a forum's user box above the post number, "[avatar] / name / rank / Posts: / Threads: / Joined: /
        // Reputation: / #2", is eight)
        while (j > lower && taken.size() < 10) {
            Line l = lines.get(j);
            if (l.blank()) {
                j--;
                continue;
            }
            // ("Kudos: 217", "Reputation: 3" in a user box are profile fields, not a footer of actions; so is a count
            // indented under its label, a definition list's "Posts / 2100", "Reactions Received / 439", WoltLab)
            if (fieldValue(lines, j, lower)) {
                taken.add(j);
                j--;
                continue;
            }
            if (taken.isEmpty() && l.text.length() <= 6 && l.text.matches("#?\\d{1,5}") && profileAbove(lines, j, lower)) {
                // the post's number under a user box ("Posts: 2753 / Location: Eastfield / 1 / <date>", WoltLab 3):
                // no count of likes closing the post before
                taken.add(j);
                j--;
                continue;
            }
            // (a post number between the rule and the date, "━━━ / #2 / Nov 19th, 2026", vBulletin 5 as well)
            if ((taken.isEmpty() || taken.size() == 1 && lines.get(taken.get(0)).text.matches("#\\d{1,6}"))
                    && SEPARATOR.matcher(l.text).matches() && !RANK_STARS.matcher(l.text).matches()
                    && userBoxAbove(lines, j, lower)) {
                j--; // a rule between the user box and the post's date line (vBulletin 5): the box is this post's
                continue;
            }
            if (l.text.length() <= 30 && !l.marker && USER_COUNT.matcher(l.text).matches()) {
                // the reviewer's own counts in a user box ("129 contributions", "12 reviews", review sites): no
                // footer of actions closing the post above
                taken.add(j);
                j--;
                continue;
            }
            // (a rank alone in a user box, "Moderator", is no footer of actions)
            boolean rank = !taken.isEmpty() && Texts.wordCount(l.text) <= 2 && RANK.matcher(l.text).matches();
            if (action(l.text) != null && !l.marker && !FIELD.matcher(l.text).matches() && !rank
                    || SEPARATOR.matcher(l.text).matches() && !RANK_STARS.matcher(l.text).matches()
                    || !headerish(l.text)) {
                boundary = j;
                break;
            }
            if (action(l.text) != null && l.marker && !l.text.isEmpty()) {
                boundary = j;
                break;
            }
            taken.add(j);
            j--;
        }
        if (j <= lower) {
            boundary = lower;
        }
        if (taken.isEmpty()) {
            return anchor;
        }
        // A bullet opens the record: everything from it on is header.
        for (int t = taken.size() - 1; t >= 0; t--) {
            // (A bullet indented under the header's column is a member's rank or post count, not the record's own.)
            if (lines.get(taken.get(t)).marker && lines.get(taken.get(t)).indent <= lines.get(anchor).indent) {
                return taken.get(t);
            }
        }
        Line b = boundary > lower && boundary >= 0 ? lines.get(boundary) : null;
        boolean closed = b == null || action(b.text) != null || SEPARATOR.matcher(b.text).matches()
                || END.matcher(b.text).matches() || COMMENTS_HEADER.matcher(b.text).matches();
        if (closed) {
            return taken.get(taken.size() - 1);
        }
        if (!hasAuthor(lines.get(anchor).text)) {
            // the name line just above a header line that names nobody, over a score or rank line between them
            // ("marram / 32 points / 4 days ago")
            // ("marram / 32 points / 4 days ago"), or over a forum's user box and the post's subject ("Jorge Ortega /
            // Super User / Posts: 82 / Kudos: 217 / Re: Allotment waiting list passes 1,400 / 11-16-2026 12:44 PM")
            for (int t = 0; t < taken.size() && t < 8; t++) {
                String s = lines.get(taken.get(t)).text;
                boolean counted = USER_COUNT.matcher(s).matches() || PLACE.matcher(s).matches();
                if (nameLike(clean(s)) && !RANK.matcher(s).matches() && !FIELD.matcher(s).matches() && !counted) {
                    return taken.get(t);
                }
                boolean stats = counted || LIKES_HEADER.matcher(s).find() || action(s) != null || RANK.matcher(s).matches()
                        || LEVEL.matcher(s).matches() || FIELD.matcher(s).matches() || PROFILE.matcher(s).find();
                boolean subject = t == 0 && Texts.wordCount(s) >= 3;
                if (!stats && !subject) {
                    break;
                }
            }
            return taken.get(0);
        }
        return anchor;
    }

    /** A profile field or rank ("Posts: 3,700", "Join Date: Jan 2024", "Junior Member") on the first line above line j. */
    private static boolean userBoxAbove(List<Line> lines, int j, int lower) {
        int k = j - 1;
        while (k > lower && lines.get(k).blank()) {
            k--;
        }
        if (k <= lower) {
            return false;
        }
        String t = lines.get(k).text;
        return t.length() <= 40 && (PROFILE.matcher(t).find() || RANK.matcher(t).matches() && Texts.wordCount(t) <= 4);
    }

    /** A count alone indented under a short label above it (a profile field printed as a definition list). */
    private static boolean fieldValue(List<Line> lines, int j, int lower) {
        Line l = lines.get(j);
        if (!l.text.matches("[\\d.,]{1,9}[kKmM]?") || l.marker || j - 1 <= lower) {
            return false;
        }
        Line label = lines.get(j - 1);
        return !label.blank() && label.indent < l.indent && !label.marker
                && label.text.matches("\\p{L}[\\p{L} ]{1,30}") && Texts.wordCount(label.text) <= 3;
    }

    private static boolean headerish(String t) {
        if (t.isEmpty()) {
            return true;
        }
        Matcher cue = REPLY_BRACKET.matcher(t);
        if (cue.find() && cue.start() > 0) {
            t = t.substring(0, cue.start()).strip(); // (a subject's "[Re: X]" counts as no words of it)
        }
        if (Texts.wordCount(t) > 8 || t.length() > 70) {
            return false;
        }
        return !t.matches(".*[.!?,;][\"\u201d')]?$") && !SMILEY_END.matcher(t).find() || PROFILE.matcher(t).find() || INITIAL.matcher(t).find();
    }

    /**
     * A smiley closing a line ("Wish I could think this way more often :)"): the end of a comment's words as much as a
     * full stop; read as a header line, a short comment's only line went to the header of the comment under it.
     */
    private static final Pattern SMILEY_END = Pattern.compile("(?:^|\\s)(?:[:;=][-'^]?[()DPpOo3\\]\\[/*|]+|<3+|\\^[_.]?\\^|[xX]D+)$");

    /** A name that ends in an initial or title ("Carla M.", "Sammy Davis Jr."), not a sentence. */
    private static final Pattern INITIAL = Pattern.compile("(?:^|\\s)(?:\\p{Lu}|Jr|Sr|Dr|St)\\.$");

    private static final Pattern DAY_MONTH_CLOCK = Pattern.compile("(?i)^(\\d{1,2})\\s+(" + MONTHS + ")\\s*(?:@|at|,)?\\s*(\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?)$");

    /**
     * A year-less day and month with a clock ("12 Nov @ 1:12pm", Steam: the year shows only for past years) in the
     * year of the dump's clock, or the year before when that would be after the clock. Null for any other form.
     */
    private static String yearlessWithClock(String date) {
        Matcher m = DAY_MONTH_CLOCK.matcher(date.strip());
        String now = NOW.get();
        if (!m.matches() || now == null || now.length() < 10) {
            return null;
        }
        int year;
        try {
            year = Integer.parseInt(now.substring(0, 4));
        } catch (NumberFormatException e) {
            return null;
        }
        String t = Dates.find(m.group(1) + " " + m.group(2) + " " + year + " " + m.group(3));
        if (t != null && t.substring(0, 10).compareTo(now.substring(0, 10)) > 0) {
            t = Dates.find(m.group(1) + " " + m.group(2) + " " + (year - 1) + " " + m.group(3));
        }
        return t;
    }

    private static boolean headerContinuation(String t) {
        // (a post number alone, "#3", under the header: Steam and other forums print it there)
        // (or the poster alone under the date, "by Ann Lee": phpBB's print view)
        // (or an avatar's alt text under it, "Ann Lee's picture": Drupal 6 prints it after the submitted line)
        return anchorShape(t) != null || t.contains("|") || REPLY_TO.matcher(DumpLocalReplyCues.english(t)).matches() || t.matches("#\\d{1,5}")
                || DumpTrailingNames.avatarAlt(t)
                || t.length() <= 44 && t.regionMatches(true, 0, "by ", 0, 3) && BY_AFTER.matcher(t).matches()
                || t.matches("(?i).*\\b(permalink|ago)\\b.*") && Texts.wordCount(t) <= 8
                || Texts.wordCount(t) <= 4 && !endsSentence(t) && t.matches("^\\[?\\d*\\]?\\s*[\\p{L}\\p{N}_.' -]+$")
                && t.matches("^\\[\\d+\\].*");
    }

    // (only these verbs: over "Answered Nov 22" a Q&A's user box holds a credential line the name rules would take)
    private static final Pattern REVIEWED = Pattern.compile("(?i)(?:reviewed|published|submitted|shared)");

    private static boolean hasAuthor(String t) {
        if (SAYS.matcher(t).matches() || BY.matcher(t).find() || LOCAL_BY.matcher(t).find()) {
            return true;
        }
        Matcher d = DATE.matcher(t);
        // ("Reviewed November 18, 2026": a verb, the reviewer's name is above it)
        return d.find() && nameLike(clean(t.substring(0, d.start()))) && !REVIEWED.matcher(clean(t.substring(0, d.start()))).matches();
    }

    private static void body(List<Line> lines, Rec r, boolean last, boolean footerEnds) {
        StringBuilder cur = new StringBuilder();
        String prev = null;
        int minIndent = r.indent;
        if (r.hStart < r.anchor && (lines.get(r.anchor).marker || lines.get(r.hStart).marker || r.hStart > 0
                && lines.get(r.hStart - 1).marker && lines.get(r.hStart - 1).blank())) {
            // a bullet opening the record sets its column, and a date printed as a list item ("name / • Nov 6, 2026",
            // XenForo; "• [7] / name / □ Nov 18th 2026", WoltLab) stands deeper than the text under it
            minIndent = Math.min(minIndent, lines.get(r.hStart).indent);
        }
        int first = firstText(lines, r.hEnd + 1);
        if (last && first < r.bodyEnd && first <= r.hEnd + 2 && lines.get(first).indent < minIndent && !END.matcher(lines.get(first).text).matches()) {
            // text right under the header, left of it: the header's indent is w3m's (a space before an inline avatar,
            // " priyanatarajan19 Nov at 12:39", Habr), not the thread's, so it cannot close the last comment at once
            minIndent = lines.get(first).indent;
        }
        int textIndent = Integer.MAX_VALUE;
        for (int j = r.hEnd + 1; j < r.bodyEnd; j++) {
            if (!lines.get(j).blank()) {
                textIndent = Math.min(textIndent, lines.get(j).indent);
            }
        }
        r.indentedBlock = indentedBlock(lines, r, textIndent);
        for (int j = r.hEnd + 1; j < r.bodyEnd; j++) {
            Line l = lines.get(j);
            String t = l.text;
            if (t.isEmpty()) {
                TextExtractor.flush(cur, r.paragraphs);
                prev = null;
                continue;
            }
            if (last && (END.matcher(t).matches() || minIndent > 0 && l.indent < minIndent && !l.marker)) {
                break;
            }
            Matcher ql = r.paragraphs.isEmpty() && cur.length() == 0 && t.startsWith(">>") ? QUOTE_LINK.matcher(t) : null;
            if (ql != null && ql.lookingAt()) {
                // the text opens with a link to the post it answers (">>48213377"): its number, not this post's words
                if (r.replyNo == null) {
                    r.replyNo = ql.group(1);
                }
                t = t.substring(ql.end());
                while (t.startsWith(">>") && QUOTE_LINK.matcher(t).lookingAt()) {
                    t = QUOTE_LINK.matcher(t).replaceFirst(""); // (a second post quoted: the first is the parent)
                }
                if (t.isEmpty()) {
                    continue;
                }
            }
            Matcher subj = r.paragraphs.isEmpty() && cur.length() == 0 && t.indexOf(':') > 0 ? SUBJECT_LINE.matcher(t) : null;
            if (subj != null && subj.lookingAt()) {
                // the post's subject row over its text ("Post subject: Re: …", "Sujet du message: …"), the clock's
                // "am"/"pm" wrapped before it: no words of the post; it runs to the rule under it
                if (subj.group(1) != null) {
                    r.meridiem = subj.group(1).toLowerCase(Locale.ROOT);
                }
                int k = j + 1;
                while (k < r.bodyEnd && k <= j + 3 && !lines.get(k).blank() && !SEPARATOR.matcher(lines.get(k).text).matches()) {
                    k++;
                }
                if (k < r.bodyEnd && SEPARATOR.matcher(lines.get(k).text).matches()) {
                    j = k;
                    continue;
                }
            }
            if (l.marker && r.paragraphs.isEmpty() && cur.length() == 0 && t.length() <= 100 && t.indexOf(" changed from ") > 0
                    && PROPERTY_CHANGE.matcher(t).matches()) {
                continue; // a tracker's property change over the note ("• Status changed from New to In Progress")
            }
            Matcher gq = l.indent > textIndent && t.indexOf(':') > 0 ? GLUED_QUOTE.matcher(t) : null;
            if (gq != null && gq.matches() && nameLike(clean(gq.group(1)))) {
                // a quote box indented as a whole whose head runs into the quoted words ("ann wrote:The rate is…":
                // a cite element w3m glues to its text, phpBB's print view): not this post's text
                if (r.replyTo == null && r.paragraphs.isEmpty() && cur.length() == 0) {
                    r.replyTo = clean(gq.group(1));
                    // (phpBB 3.3 prints the quoted post's time after an arrow, glued to its words: "↑Fr 20. Nov 2026, 10:52Der …")
                    String q = gq.group(2).replaceFirst("^\u2191\\s*", "");
                    Matcher dq = DATE.matcher(q);
                    r.quoted = openingWords(dq.lookingAt() ? q.substring(dq.end()) : q);
                }
                int k = j + 1;
                while (k < r.bodyEnd && !lines.get(k).blank() && lines.get(k).indent >= l.indent) {
                    k++;
                }
                TextExtractor.flush(cur, r.paragraphs);
                prev = null;
                j = k - 1;
                continue;
            }
            Matcher qh = QUOTE_HEAD.matcher(t);
            if (!qh.matches()) {
                qh = QUOTE_FROM.matcher(t);
            }
            int qn = firstText(lines, j + 1);
            // a quote box indented as a whole, header and all, under the post's own text ("Rashida O. said:", Vanilla)
            boolean boxed = qn < r.bodyEnd && l.indent > textIndent && lines.get(qn).indent >= l.indent;
            if (qh.matches() && qn < r.bodyEnd && (lines.get(qn).indent > l.indent || boxed) && nameLike(clean(qh.group(1)))) {
                // a quote box: its header names the quoted poster ("mags.b wrote:", "[1] SvetlanaK:"), its indented
                // lines are not this post's text
                if (r.replyTo == null && r.paragraphs.isEmpty() && cur.length() == 0) {
                    r.replyTo = clean(qh.group(1));
                    r.quoted = openingWords(lines.get(qn).text);
                }
                int floor = lines.get(qn).indent > l.indent ? l.indent : textIndent;
                int k = qn;
                while (k < r.bodyEnd && (lines.get(k).blank() || lines.get(k).indent > floor)) {
                    k++;
                }
                TextExtractor.flush(cur, r.paragraphs);
                prev = null;
                j = k - 1;
                continue;
            }
            if (t.startsWith("> ") && r.replyTo == null && r.quoted == null && r.paragraphs.isEmpty() && cur.length() == 0) {
                // the text opens with a "> " quote and no line naming whose (Launchpad): the quoted words pick the
                // parent; the quote, to its paragraph's end (w3m wraps it without the mark), is not this post's text
                r.quoted = openingWords(t.substring(2));
                r.quoteByWords = true;
                while (j + 1 < r.bodyEnd && !lines.get(j + 1).blank()) {
                    j++;
                }
                prev = null;
                continue;
            }
            if (t.length() <= 6 && t.matches("(?i)quote:?") && l.indent > textIndent && qn < r.bodyEnd && qn + 1 < r.bodyEnd
                    && lines.get(qn).indent == l.indent && nameLike(clean(lines.get(qn).text)) && lines.get(qn + 1).indent == l.indent
                    && r.paragraphs.isEmpty() && cur.length() == 0) {
                // an indented quote box headed "Quote" with the quoted poster's name on the next line (Phorum): the
                // quoted post is the parent, the box is not this post's text
                if (r.replyTo == null) {
                    r.replyTo = clean(lines.get(qn).text);
                    r.quoted = openingWords(lines.get(qn + 1).text);
                }
                int k = qn;
                while (k < r.bodyEnd && (lines.get(k).blank() || lines.get(k).indent >= l.indent)) {
                    k++;
                }
                TextExtractor.flush(cur, r.paragraphs);
                prev = null;
                j = k - 1;
                continue;
            }
            if (qh.matches() && qn < r.bodyEnd && r.paragraphs.isEmpty() && cur.length() == 0 && r.replyTo == null
                    && lines.get(qn).indent == l.indent && nameLike(clean(qh.group(1)))
                    && (t.regionMatches(true, 0, "quot", 0, 4) || t.matches("(?i).*\\s(?:said|" + QUOTE_VERBS + ")\\s*:$"))) {
                // a quote box printed flush with the post's own text ("Quote from Ann on Nov 28, 2026 at 7:20pm /
                // <Ann's words> / <the reply>", ProBoards): the quoted post is the parent, its words are cut once known
                r.replyTo = clean(qh.group(1));
                r.quoteOpens = true;
                continue;
            }
            Matcher wd = r.paragraphs.isEmpty() && cur.length() == 0 && r.replyTo == null && qn < r.bodyEnd
                    && lines.get(qn).indent == l.indent ? WROTE_DOTS.matcher(t) : null;
            if (wd != null && wd.matches() && nameLike(clean(wd.group(1)))) {
                // "Ann Lee wrote ..." flush over the quoted words and the reply (e107): the same, the words cut once the
                // quoted post is known
                r.replyTo = clean(wd.group(1));
                r.quoteOpens = true;
                continue;
            }
            Matcher na = IN_ARTICLE.matcher(t);
            int nn = na.matches() ? firstText(lines, j + 1) : -1;
            Matcher nw = nn >= 0 && nn < r.bodyEnd ? NAME_ADDRESS_WROTE.matcher(lines.get(nn).text) : null;
            if (nw != null && nw.matches() && nameLike(clean(nw.group(1)))) {
                // a newsreader's attribution over two lines ("In article <id>," / "Ann Lee <ann@host> wrote:") and the
                // "> " lines under it: the quoted article, named by its poster, is the parent; none of it is this text
                if (r.replyTo == null) {
                    r.replyTo = clean(nw.group(1));
                }
                TextExtractor.flush(cur, r.paragraphs);
                j = nn;
                while (j + 1 < r.bodyEnd && (lines.get(j + 1).text.startsWith(">") || lines.get(j + 1).blank()
                        && j + 2 < r.bodyEnd && lines.get(j + 2).text.startsWith(">"))) {
                    j++;
                }
                prev = null;
                continue;
            }
            Matcher ow = ON_WROTE.matcher(t);
            String quotedAt = ow.matches() ? Dates.find(ow.group(1)) : null;
            if (quotedAt != null && nameLike(clean(ow.group(2)))) {
                // the quoted mail under a reply: its attribution names the parent; the quote (inline after "wrote:",
                // or in "> " lines) and an ellipsis line before it are not this post's text
                if (r.replyTo == null) {
                    r.replyTo = clean(ow.group(2));
                    r.replyAt = quotedAt;
                }
                TextExtractor.flush(cur, r.paragraphs);
                if (cur.length() == 0 && !r.paragraphs.isEmpty() && r.paragraphs.get(r.paragraphs.size() - 1).matches("^(?:\\.{3}|\u2026)$")) {
                    r.paragraphs.remove(r.paragraphs.size() - 1);
                }
                boolean quoted = ow.group(3).startsWith(">");
                while (j + 1 < r.bodyEnd && !lines.get(j + 1).blank() && action(lines.get(j + 1).text) == null
                        && (quoted || lines.get(j + 1).text.startsWith(">")) && !lines.get(j + 1).text.startsWith("-- ")) {
                    j++;
                }
                prev = null;
                continue;
            }
            if (anchorShape(t) != null && !DATE.matcher(t).lookingAt() || anchorShape(t) != null && Texts.wordCount(t) <= 12
                    && !endsSentence(t)) {
                // The date line under a "X wrote:" header, or the footer "Saturday, August 18, 2012 at 5:11 pm | Permalink".
                Matcher d = DATE.matcher(t);
                // (not a member's join date under its label in a user cell, "Joined: / 2010/1/3")
                // (nor one among the next post's user box fields printed under this text, "Date d'inscription : …")
                if (r.time == null && !(j > 0 && profileLabelAbove(lines.get(j - 1).text)) && !joinDateField(lines, j) && d.find()) {
                    r.time = Dates.find(d.group());
                }
                continue;
            }
            if (t.length() <= 60 && t.matches("(?i)^showing \\d+\\s*[-\u2013]\\s*\\d+ of .*") && COMMENTS_HEADER.matcher(t).matches()) {
                continue; // the replies' heading under an opening post ("Showing 1-11 of 11 comments")
            }
            Matcher rc = REPLY_COUNT.matcher(t);
            if (rc.matches()) {
                r.replyCount = count(rc.group().substring(0, rc.group().indexOf(' ')));
                TextExtractor.flush(cur, r.paragraphs);
                continue;
            }
            if (END.matcher(t).matches() && Texts.wordCount(t) <= 4 && t.matches("(?i)^(?:write|add|leave|post) a (?:reply|comment)$")) {
                continue; // the reply box under a comment ("Write a reply")
            }
            Integer likes = action(t);
            if (likes != null) {
                if (likes >= 0 && r.likes == null) {
                    r.likes = likes;
                }
                // (an action over the text, before any of it, is the header's own: "November 24, 2026 / • Share",
                // Invision; it ends nothing)
                if (footerEnds && !(l.marker && r.paragraphs.isEmpty() && cur.length() == 0)) {
                    TextExtractor.flush(cur, r.paragraphs);
                    if (last) {
                        r.bodyEnd = j + 1;
                        break;
                    }
                    // What follows a footer up to the next header is chrome ("Replies", "Report to moderator").
                    for (int k = j + 1; k < r.bodyEnd; k++) {
                        Line m = lines.get(k);
                        Matcher mc = REPLY_COUNT.matcher(m.text);
                        if (mc.matches()) {
                            r.replyCount = count(mc.group().substring(0, mc.group().indexOf(' ')));
                        }
                        Matcher rt = REPLY_TO.matcher(m.text);
                        if (rt.matches() && r.replyTo == null && r.paragraphs.isEmpty()) {
                            // "Reply to @Yusuf:" under a likes count over the text (Twikoo): the reply cue, no chrome
                            r.replyTo = firstHandle(rt.group(1));
                        }
                        Integer more = r.likes == null ? action(m.text) : null;
                        if (more != null && more >= 0 && LIKES_HEADER.matcher(ACTION_SPLIT.matcher(m.text).replaceAll(" ")).find()) {
                            r.likes = more; // (the footer's later action that counts likes: "• MultiQuote / • Quote / • Like24", Invision)
                        }
                        if (!m.text.isEmpty() && action(m.text) == null && !SEPARATOR.matcher(m.text).matches()
                                && Texts.wordCount(m.text) > 8) {
                            j = k - 1;
                            break;
                        }
                        j = k;
                    }
                }
                continue;
            }
            if (t.equals("--") && j + 1 < r.bodyEnd && !lines.get(j + 1).blank() && Texts.wordCount(lines.get(j + 1).text) <= 6) {
                // a mail's signature under its "-- " line (a name, a place, a motto): not the post's text
                TextExtractor.flush(cur, r.paragraphs);
                int k = j + 1;
                while (k < r.bodyEnd && k <= j + 4 && !lines.get(k).blank() && Texts.wordCount(lines.get(k).text) <= 8) {
                    k++;
                }
                j = k - 1;
                prev = null;
                continue;
            }
            if (SEPARATOR.matcher(t).matches() || t.equals("*")) {
                TextExtractor.flush(cur, r.paragraphs);
                if (r.paragraphs.size() == 1 && j <= firstText(lines, r.hEnd + 1) + 3 && t.length() >= 20
                        && Texts.wordCount(r.paragraphs.get(0)) <= 14 && !endsSentence(r.paragraphs.get(0))) {
                    r.paragraphs.clear(); // the post's subject over a rule, at the text's top ("Re: …" / "━━━", vBulletin 3)
                }
                continue;
            }
            if (r.paragraphs.isEmpty() && cur.length() == 0) {
                if (IMAGE_REF.matcher(t).matches()) {
                    continue; // w3m's placeholder of an avatar image ("[60]")
                }
                Matcher nh = NAME_HANDLE.matcher(t);
                if (nh.matches() && Texts.wordCount(nh.group(1)) <= 4) {
                    // "Nell Trevose @nell@isles.social" opening the body (Mastodon, Bluesky-like threads): its author
                    r.author = nh.group(1).strip();
                    continue;
                }
                if (r.mention == null && Texts.wordCount(t) <= 4 && !endsSentence(t) && nameLike(t)
                        && (j + 1 >= r.bodyEnd || lines.get(j + 1).blank())) {
                    r.mention = t;
                }
                Matcher iq = INLINE_QUOTE.matcher(t);
                if (iq.find() && r.replyTo == null) {
                    // a quote opening the post with its source in the same line: the quoted poster is the parent
                    String who = clean(iq.group(1) != null ? iq.group(1) : iq.group(2));
                    if (nameLike(who)) {
                        r.replyTo = who;
                    }
                }
                Matcher ra = REPLY_AT.matcher(t);
                String repliedAt = ra.matches() && r.replyTo == null && r.replyAt == null ? Dates.find(ra.group(1)) : null;
                if (repliedAt != null) {
                    // "In reply to an earlier post on Nov 23, 2026 7:15:00 PM": no name, but the time of the post
                    // answered, which picks it among the earlier comments
                    r.replyAt = repliedAt;
                    continue;
                }
                Matcher rb = IN_REPLY_BY.matcher(t);
                if (rb.matches()) {
                    if (r.replyTo == null) {
                        r.replyTo = clean(rb.group(1));
                    }
                    continue;
                }
                Matcher rt = REPLY_TO.matcher(DumpLocalReplyCues.english(t));
                if (rt.matches() && r.replyTo == null) {
                    r.replyTo = firstHandle(rt.group(1));
                    continue;
                }
                Matcher tl = TO_LINE.matcher(t);
                if (tl.matches() && r.replyTo == null && nameLike(clean(tl.group(1))) && (j + 1 >= r.bodyEnd || lines.get(j + 1).blank())) {
                    // "To: Ann Lee" alone over the words, a mail-like addressee line (Free Republic): whom it answers
                    r.replyTo = clean(tl.group(1));
                    continue;
                }
                Matcher br = REPLY_BRACKET.matcher(t);
                if (br.find() && br.start() == 0 && r.replyTo == null) {
                    r.replyTo = clean(br.group(1) != null ? br.group(1) : br.group(2));
                    continue;
                }
                Matcher op = ORIGINALLY.matcher(t);
                if (op.matches() && nameLike(clean(op.group(1)))) {
                    if (r.replyTo == null) {
                        r.replyTo = clean(op.group(1));
                        r.quoteOpens = true;
                        int qt = firstText(lines, j + 1);
                        if (qt < r.bodyEnd && r.quoted == null) {
                            r.quoted = openingWords(lines.get(qt).text); // (which of X's posts: the one the quote opens with)
                        }
                    }
                    continue;
                }
                if (t.startsWith(">") && r.replyTo != null) {
                    // the quoted lines under a reply cue ("> …", a tracker's or a mail's quote): not this post's text
                    while (j + 1 < r.bodyEnd && lines.get(j + 1).text.startsWith(">")) {
                        j++;
                    }
                    continue;
                }
                if (t.matches("(?i)^re:\\s.{1,80}") && !endsSentence(t) && Texts.wordCount(t) <= 12) {
                    continue; // the post's subject ("Re: Saturday library closure")
                }
                int next = firstText(lines, j + 1);
                if (next < r.bodyEnd) {
                    Line nl = lines.get(next);
                    String stem = t.replaceAll("(?:\u2026|\\.{3})$", "").strip();
                    if (stem.length() < t.length() && Texts.wordCount(t) <= 12 && stem.length() >= 8 && nl.text.startsWith(stem)) {
                        continue; // a subject cut from the text's first words ("In my experience, the new…", Drupal)
                    }
                }
                Matcher lm = LINKED_MENTION.matcher(t);
                if (lm.matches() && r.replyTo == null) {
                    // "@Eleri Price : …" / "@Dmitri K. , …": a mention link and a separator typed after it (Dotclear,
                    // Valine): the whole name is the parent's, the link is no words of the reply
                    r.replyTo = lm.group(1).strip();
                    t = lm.group(2);
                }
                Matcher m = MENTION.matcher(t);
                if (m.find() && r.replyTo == null) {
                    r.replyTo = m.group(1);
                    r.typedMention = true;
                }
            }
            // A sentence end with a short line keeps the break (a new paragraph in a copy); a hard wrap is joined.
            if (prev != null && endsSentence(prev) && prev.length() < 40 && Character.isUpperCase(firstChar(t))
                    || prev != null && DumpCjk.endsSentence(prev) && DumpCjk.width(prev) < DumpCjk.WRAP_WIDTH) {
                TextExtractor.flush(cur, r.paragraphs); // (a CJK line ending its sentence well short of the width: a break)
            }
            join(cur, t, prev);
            prev = t;
        }
        TextExtractor.flush(cur, r.paragraphs);
        // the poster's card printed after the text and the next post's subject before its header ("Ann Lee / Posts: 20
        // / Re: …", django-machina's sidebar): no words of this post
        while (r.paragraphs.size() >= 2) {
            String p = r.paragraphs.get(r.paragraphs.size() - 1);
            Matcher card = TRAILING_CARD.matcher(p);
            if (p.length() <= 100 && (card.matches() && nameLike(clean(card.group(1))) || p.matches("(?i)^re:\\s.{1,80}") && Texts.wordCount(p) <= 14)) {
                r.paragraphs.remove(r.paragraphs.size() - 1);
            } else {
                break;
            }
        }
    }

    /** A user card as one joined paragraph: the name and its post count ("Ann Lee Posts: 20"). */
    private static final Pattern TRAILING_CARD = Pattern.compile("(?iu)^(\\S.{0,38}?)\\s+(?:posts|messages|beitr\u00e4ge):\\s*\\d[\\d,.]{0,8}$");

    /** An addressee line opening a post's words: "To: Ann Lee" (the colon required; "To the council" is prose). */
    private static final Pattern TO_LINE = Pattern.compile("^To:\\s+@?(\\S.{0,39}?)\\s*$");

    /** "niamh @harbourherald" (a "Replying to @niamh @harbourherald" line): the first handle, the one replied to. */
    private static String firstHandle(String names) {
        int at = names.indexOf(" @");
        return at > 0 && !names.startsWith("@") ? names.substring(0, at).strip() : names;
    }

    private static int count(String n) {
        String c = n.toLowerCase(Locale.ROOT);
        return c.equals("one") ? 1 : c.equals("two") ? 2 : c.equals("three") ? 3 : Integer.parseInt(c);
    }

    private static char firstChar(String t) {
        return t.isEmpty() ? 'a' : t.charAt(0);
    }

    private static void join(StringBuilder cur, String t) {
        join(cur, t, null);
    }

    /** @param prev the line before t, when a CJK line wrapped at the width may continue in t without a space */
    private static void join(StringBuilder cur, String t, String prev) {
        if (cur.length() == 0) {
            cur.append(t);
        } else if (prev != null && DumpCjk.width(prev) >= DumpCjk.WRAP_WIDTH && DumpCjk.wrapped(cur.charAt(cur.length() - 1), t.charAt(0))) {
            cur.append(t); // (w3m wraps CJK text anywhere, and no space stood at the break)
        } else if (cur.charAt(cur.length() - 1) == '-' && cur.length() > 1 && Character.isLetter(cur.charAt(cur.length() - 2))
                && Character.isLowerCase(firstChar(t))) {
            cur.append(t);
        } else {
            cur.append(' ').append(t);
        }
    }


    private static void header(List<Line> lines, Rec r, int from, int to) {
        List<String> names = new ArrayList<>();
        List<Integer> nameAt = new ArrayList<>();
        String pageTop = null;
        String author = r.author;
        List<Integer> order = new ArrayList<>();
        if (r.anchor >= from && r.anchor <= to) {
            order.add(r.anchor); // the header line's own name first ("submitted by newsbot" above it is the story's)
        }
        if (r.anchor >= from && r.anchor <= to) {
            Matcher dn = DOTTED_NUMBER.matcher(lines.get(r.anchor).text);
            if (dn.lookingAt()) {
                r.numbered = dn.group(1).split("\\.").length;
            }
            String at = lines.get(r.anchor).text;
            Matcher no = OWN_NO.matcher(at);
            if (no.find()) {
                r.postNo = no.group(1) != null ? no.group(1) : no.group(2);
            }
            Matcher rn = IN_REPLY_NO.matcher(at);
            if (rn.find() && r.replyNo == null) {
                r.replyNo = rn.group(1);
            }
        }
        for (int j = from; j <= to; j++) {
            if (j != r.anchor) {
                order.add(j);
            }
        }
        for (int j = from; j <= to && r.numbered == 0; j++) {
            Matcher on = OUTLINE.matcher(lines.get(j).text);
            if (j != r.anchor && on.matches()) {
                r.numbered = on.group(1).split("\\.").length; // "\u2022 1.2" over the subject (a threaded list printed flat)
            }
        }
        for (int j : order) {
            String t = lines.get(j).text;
            if (t.isEmpty()) {
                continue;
            }
            Matcher wd = j > r.anchor && r.replyTo == null ? WROTE_DOTS.matcher(t) : null;
            if (wd != null && !wd.matches()) {
                wd = WROTE_COLON.matcher(t); // ("Helen Okafor wrote:" under the date and the post number, Tapatalk)
            }
            if (wd != null && wd.matches() && nameLike(clean(wd.group(1)))) {
                // "Ann Lee wrote ..." right under the date line, flush over the quoted words (e107): the quoted post is
                // the parent, its words are cut from the text once it is known
                r.replyTo = clean(wd.group(1));
                r.quoteOpens = true;
                continue;
            }
            if (t.length() <= 60 && j != r.anchor && altWord(t)) {
                // an image's alt text: "Avatar" alone names nobody; "Picture of X", "User icon: X", "X profile image"
                // name X
                if (ALT_ONLY.matcher(t).matches()) {
                    continue;
                }
                Matcher alt = ALT_OF.matcher(t);
                if (alt.matches()) {
                    String n = clean(alt.group(1) != null ? alt.group(1) : alt.group(2));
                    if (nameLike(n)) {
                        t = n;
                    }
                }
            }
            if (j != r.anchor && t.length() <= 90 && t.indexOf('@') > 0) {
                String shown = DumpHandleCards.displayName(t);
                if (shown != null && nameLike(shown) && author == null) {
                    // "Halima Oseihalimaosei@tube.example": the display name, its handle glued after it; the card names
                    // the poster before any chrome line above it ("SORT BY")
                    author = shown;
                    continue;
                }
            }
            Matcher gr = j != r.anchor && t.length() <= 60 ? GLUED_RANK.matcher(t) : null;
            if (gr != null && gr.find() && gr.start() > 1 && nameLike(clean(t.substring(0, gr.start())))) {
                t = clean(t.substring(0, gr.start())); // "Helen OkaforNewbie": the name, its rank glued after it
            }
            if (author == null && j != r.anchor && t.length() <= 120 && t.regionMatches(true, 0, "from:", 0, 5) && MAIL_HEAD.matcher(t).lookingAt()) {
                String sender = labelledName(ADDRESS.matcher(t).replaceAll("").strip());
                if (sender != null) {
                    author = sender; // "From: Ann Lee <ann@example.org>" in a mail's head
                    continue;
                }
            }
            Matcher gp = GLUED_PROFILE.matcher(t);
            if (j != r.anchor && gp.find() && gp.start() > 1) {
                // a user box's fields run into the name, as w3m prints inline spans ("Wendy AchterbergTopic
                // starterPosts: 20Newbie": Asgaros): the name before the first glued field
                String n = clean(t.substring(0, gp.start()));
                if (n != null && nameLike(n)) {
                    t = n;
                }
            }
            if (t.length() > 9 && (t.charAt(0) | 0x20) <= 'd' && (t.charAt(0) | 0x20) >= 'c') {
                // a comment's number glued to its author ("Comment 1Ann Lee2026-11-22 11:04 UTC", "DescriptionAnn
                // Lee…", a tracker's head as w3m runs its spans together)
                Matcher pl = POST_LABEL.matcher(t);
                if (pl.lookingAt()) {
                    t = t.substring(pl.end());
                }
            }
            Matcher lk = LIKES_HEADER.matcher(t);
            if (r.likes == null && lk.find()) {
                r.likes = Integer.parseInt(lk.group(1) != null ? lk.group(1) : lk.group(2));
            }
            if (r.likes == null && t.length() <= 40 && t.indexOf(" like") > 0) {
                Matcher pk = PEOPLE_LIKE.matcher(t);
                if (pk.matches()) {
                    r.likes = Integer.parseInt(pk.group(1)); // "9 people like this" (Confluence)
                }
            }
            Matcher ra = REPLY_AT.matcher(t);
            String repliedAt = ra.matches() && r.replyAt == null ? Dates.find(ra.group(1)) : null;
            if (repliedAt != null) {
                r.replyAt = repliedAt; // the answered post's time, not this one's ("In reply to an earlier post on <date>")
                continue;
            }
            if (j == r.anchor && t.indexOf(':') > 0) {
                t = COUNT_TAIL.matcher(t).replaceFirst(""); // ("… 8:19 am · Posts: 20": the header's, no user box)
            }
            Matcher d = DATE.matcher(t);
            boolean dated = d.find() && !PROFILE.matcher(t).find();
            if (dated && r.time == null) {
                r.time = Dates.find(d.group());
                if (r.time == null) {
                    r.time = Dates.find(t);
                } else if (r.time.length() == 10 && t.length() <= 140) {
                    // the clock in another language's form after the date ("le 17/11/2026 à 14h25"): the whole line's
                    String whole = Dates.find(t);
                    r.time = whole != null && whole.startsWith(r.time) ? whole : r.time;
                }
                if (r.time == null) {
                    r.time = Dates.relative(t, NOW.get()); // "5 hours ago", "Today, 04:30 PM"
                }
                if (r.time == null) {
                    r.time = yearlessWithClock(d.group());
                }
            }
            Matcher lv = LEVEL.matcher(t);
            if (lv.matches()) {
                r.level = Integer.parseInt(lv.group(1));
                continue;
            }
            Matcher rb = IN_REPLY_BY.matcher(t);
            if (rb.matches()) {
                r.replyTo = clean(rb.group(1));
                continue;
            }
            Matcher rt = REPLY_TO.matcher(DumpLocalReplyCues.english(t));
            if (rt.matches()) {
                r.replyTo = firstHandle(rt.group(1));
                continue;
            }
            Matcher rd = t.length() <= 90 && !dated ? REPLIED_TO.matcher(t) : null;
            if (rd != null && rd.matches() && nameLike(clean(rd.group(1))) && nameLike(clean(rd.group(2)))) {
                if (author == null) {
                    author = clean(rd.group(1));
                }
                r.replyTo = clean(rd.group(2));
                continue;
            }
            if (dated && d.start() > 0 && author == null && r.replyTo == null) {
                // "Name \u2192 Parent (19.11.2026 10:59)": the names before the date, the first the author's
                Matcher arrow = REPLIED_TO.matcher(t.substring(0, d.start()).replaceAll("[\\s(]+$", ""));
                if (arrow.matches() && nameLike(clean(arrow.group(1))) && nameLike(clean(arrow.group(2)))) {
                    author = clean(arrow.group(1));
                    r.replyTo = clean(arrow.group(2));
                }
            }
            Matcher br = REPLY_BRACKET.matcher(t);
            if (br.find() && r.replyTo == null) {
                r.replyTo = clean(br.group(1) != null ? br.group(1) : br.group(2));
                t = t.substring(0, br.start()).strip(); // (the name and date before it stay the header's)
                if (t.isEmpty()) {
                    continue;
                }
                d = DATE.matcher(t);
                dated = d.find() && !PROFILE.matcher(t).find();
            }
            if (author == null) {
                Matcher says = SAYS.matcher(t);
                Matcher by = BY.matcher(dated ? t.substring(0, d.start()) : t);
                Matcher replyFrom = REPLY_FROM.matcher(dated ? t.substring(0, d.start()) : t);
                if (replyFrom.find() && nameLike(clean(replyFrom.group(1)))) {
                    author = clean(replyFrom.group(1)); // "Reply from Ann Lee: 2 hours ago" (Review Board): who replies
                    r.answer = true;
                } else if (says.matches() && nameLike(clean(says.group(1)))) {
                    author = clean(says.group(1));
                } else if (by.find() && nameLike(clean(by.group(1)))) {
                    author = clean(by.group(1));
                } else if (LOCAL_BY.matcher(t).find() && nameLike(localBy(t))) {
                    author = localBy(t); // "Beitrag von X » Fr 20. Nov 2026, 10:52" (phpBB 3 in German)
                } else if (dated && d.start() > 0 && labelledName(t.substring(0, d.start())) != null) {
                    author = labelledName(t.substring(0, d.start())); // "From:    Ann Lee (ANNLEE)      25 Nov 2026 12:56" (Beehive)
                } else if (dated && j + 1 < lines.size() && POSTED_BY_END.matcher(t.substring(d.end())).matches()
                        && Texts.wordCount(lines.get(j + 1).text) <= 3 && nameLike(clean(lines.get(j + 1).text))) {
                    // "… 20 November 2026 07:38 posted by / Leopold Frank": the byline's name wrapped onto the next line
                    // (Joomla K2), before a name glued to a link's words before the date
                    author = clean(lines.get(j + 1).text);
                } else if (dated && BY_AFTER.matcher(t.substring(d.end())).matches()) {
                    // the name after the date: "Changed 3 days ago by ann_lee" (Trac), "5 hours ago by X"
                    Matcher ba = BY_AFTER.matcher(t.substring(d.end()));
                    ba.matches();
                    author = clean(ba.group(1));
                    String wrapped = j + 1 < lines.size() ? lines.get(j + 1).text : "";
                    if (author != null && lines.get(j).indent + t.length() + wrapped.length() >= 78 && Texts.wordCount(wrapped) == 1
                            && (j + 2 >= lines.size() || lines.get(j + 2).text.isEmpty()) && nameLike(author + " " + clean(wrapped))) {
                        author = author + " " + clean(wrapped); // ("posted by Leopold / Frank": the name's end wrapped at the 80th column)
                    }
                } else if (dated && d.start() > 0 && VERB_TAIL.matcher(t.substring(0, d.start())).matches()
                        && nameLike(clean(vtName(t.substring(0, d.start()))))) {
                    author = clean(vtName(t.substring(0, d.start()))); // "Ann Lee added a comment - 28/Nov/26 2:18 PM"
                } else if (dated && d.start() > 0 && onTitle(t.substring(0, d.start())) != null) {
                    author = onTitle(t.substring(0, d.start())); // "ann_lee on Chapter 3 Sun 22 Nov 2026 10:01AM" (AO3)
                } else if (dated && d.start() > 0 && placedName(clean(stripLikes(t.substring(0, d.start())))) != null) {
                    author = placedName(clean(stripLikes(t.substring(0, d.start())))); // "Ann Lee, Leeds, United Kingdom, 3 days ago"
                } else if (dated && d.start() > 0 && nameLike(clean(stripLikes(t.substring(0, d.start()))))) {
                    author = clean(stripLikes(t.substring(0, d.start())));
                } else if (dated && d.start() > 0 && nameLike(withoutAside(clean(stripLikes(t.substring(0, d.start())))))) {
                    author = withoutAside(clean(stripLikes(t.substring(0, d.start()))));
                } else if (dated && d.start() == 0 && DumpTrailingNames.of(t.substring(d.end())) != null) {
                    author = DumpTrailingNames.of(t.substring(d.end())); // "Thu, 08/09/2012 - 14:32 | 2691789 Ann Lee" (Drupal 6)
                } else if (dated && nameLike(clean(stripLikes(afterZone(t.substring(d.end())))))
                        && !(d.end() > 0 && d.end() < t.length() && Character.isLetter(t.charAt(d.end())))) {
                    // (not a badge glued to the date, "Nov. 14Times Pick"; nor the clock's zone, "01:17 PM ET")
                    author = clean(stripLikes(afterZone(t.substring(d.end())))); // "On October 12, 2012 at 10:52 am Carmel said:"
                }
            }
            String doubled = dated ? null : doubledWithRole(t);
            Matcher titled = dated ? null : TITLED_NAME.matcher(t);
            if (doubled != null && nameLike(doubled)) {
                names.add(doubled);
                nameAt.add(j);
            } else if (titled != null && titled.matches() && nameLike(clean(titled.group(1)))) {
                names.add(clean(titled.group(1))); // "KwameA. Regular": a one-word user name and its trust level
                nameAt.add(j);
            } else if (!dated && nameLike(clean(t)) && !RANK.matcher(t).matches() && action(t) == null && !FIELD.matcher(t).matches()
                    && !END.matcher(t).matches() && !USER_COUNT.matcher(t).matches() && !(j != r.anchor && PLACE.matcher(t).matches())) {
                // a name with its online status ("hazelnut Offline") is a user box's name: before a thread title above it
                if (j == firstText(lines, 0) && j != r.anchor) {
                    // the dump's first line is the site's navigation ("Home News Sport Contact" over a forum's first
                    // post, XenForo 2): a name only when the header has no other
                    pageTop = clean(t);
                } else if (STATUS.matcher(t).find()) {
                    names.add(0, clean(t));
                    nameAt.add(0, j);
                } else {
                    names.add(clean(t));
                    nameAt.add(j);
                }
            }
        }
        if (names.isEmpty() && pageTop != null) {
            names.add(pageTop);
            nameAt.add(-1);
        }
        if (names.size() >= 2 && nameAt.get(0) >= 0 && !rankUnder(lines, nameAt.get(0), to)) {
            // a user box's name stands over its rank ("bridgewatcher / Well-known member"): that one before a thread
            // title above the box
            for (int k = 1; k < names.size(); k++) {
                if (nameAt.get(k) >= 0 && rankUnder(lines, nameAt.get(k), to)) {
                    names.add(0, names.remove(k));
                    nameAt.add(0, nameAt.remove(k));
                    break;
                }
            }
        }
        if (author != null && BARE_VERB.matcher(author).matches()) {
            author = null; // "answered Nov 19, 2026": the poster is the name above (a Q&A's user line)
        }
        if (author == null && !names.isEmpty()) {
            author = names.get(0);
        }
        if (author != null && r.replyTo == null) {
            for (String nm : names) {
                if (!key(nm).equals(key(author)) && lines.get(from).text.indexOf(nm) < 0 && !ownSays(nm, author)) {
                    r.replyTo = nm;
                }
            }
        }
        r.author = author;
    }

    /** An avatar's alt text before a name ("Ann Lee gravatar imageAnn Lee", "Ann's user avatar"): the name, or null. */
    private static String avatarName(String t) {
        Matcher m = AVATAR_ALT.matcher(t);
        if (m.find()) {
            String rest = t.substring(m.end()).strip();
            String n = rest.isEmpty() ? m.group(1) : rest;
            return nameLike(clean(n)) ? clean(n) : null;
        }
        return nameLike(clean(t)) && !RANK.matcher(t).matches() && action(t) == null ? clean(t) : null;
    }

    /** Whether a line holds a word of an image's alt text (avatar, picture, photo, image, icon): before the regexes. */
    private static boolean altWord(String t) {
        String l = t.toLowerCase(Locale.ROOT);
        return l.contains("avatar") || l.contains("pictur") || l.contains("photo") || l.contains("image") || l.contains("icon");
    }

    /** An image's alt text that names nobody ("Avatar", "User avatar", "Profile picture"). */
    /** A post number or a bracketed counter alone on its line ("#3", "[0]"). */
    private static final Pattern POST_NO_LINE = Pattern.compile("#\\d{1,6}|\\[\\d{1,6}\\]");
    /** A profile field glued to the word before it ("…berg" + "Topic starter", "Bogdan" + "Posts: 20"). */
    private static final Pattern GLUED_PROFILE = Pattern.compile("(?<=[\\p{L}\\d_])(?:Topic starter|Posts?:\\s*\\d|Joined:|Registered:|Messages:|Reputation:|Member since)");
    private static final Pattern ALT_ONLY = Pattern.compile("(?i)^(?:user\\s+|profile\\s+|account\\s+)?(?:avatar|gravatar|image|photo|picture|user icon|profile (?:picture|photo|image))$");
    /** An image's alt text that names its user: "Picture of X", "Photo of X", "User icon: X", "X profile image", "X's profile photo". */
    private static final Pattern ALT_OF = Pattern.compile("(?i)^(?:(?:picture|photo|avatar|image) of|user icon:|user avatar:)\\s+(.{2,40})$"
            + "|^(.{2,40}?)(?:'s)?\\s+(?:user\\s+)?(?:profile (?:image|photo|picture)|avatar)$");
    /** The rest of a header line after its date: "by X" (Trac's "Changed 3 days ago by ann_lee"). */
    private static final Pattern POSTED_BY_END = Pattern.compile("(?i)^\\s*(?:posted|written|submitted)\\s+by:?\\s*$");
    /** A time zone's abbreviation as a header prints it after the clock ("01:17 PM ET", "9:47 AM EDT", "10:07 PST"). */
    private static final String ZONE = "(?-i:UTC|GMT|[ECMP][SD]?T|BST|CES?T|EES?T|AE[SD]T|IST|JST|KST|HKT|SGT)";
    private static final Pattern ZONE_ONLY = Pattern.compile("^" + ZONE + "$");
    private static final Pattern ZONE_LEAD = Pattern.compile("^\\s*" + ZONE + "(?![\\p{L}\\p{N}])");
    // (a zone after the clock first: "posted on 11/23/2026 10:07:00 AM PST by Ann Lee", Free Republic)
    private static final Pattern BY_AFTER = Pattern.compile("(?i)^\\s*(?:(?:" + ZONE + "|[+-]\\d{2}:?\\d{2})\\s+)?(?:(?:posted|written|submitted)\\s+)?by\\s+@?([\\p{L}\\p{N}_.-][\\p{L}\\p{N}_. -]{0,38}?)\\s*$");
    /** A name and what they did before a header's date: "Ann Lee added a comment -", "Ann replied", "Ann commented on". */
    private static final Pattern SEPARATOR_LEAD = Pattern.compile("[\\u00b7\\u2022|]\\s");

    private static final Pattern VERB_TAIL = Pattern.compile("(?i)^(.{2,40}?)\\s+(?:added a comment|commented|replied|posted|responded|answered)\\.?(?:\\s+on)?\\s*[-\\u2013\\u00b7:,]?\\s*$");

    private static String vtName(String before) {
        Matcher m = VERB_TAIL.matcher(before);
        return m.matches() ? m.group(1) : null;
    }


    private static final Pattern POST_LABEL = Pattern.compile("(?i:comment)\\s*#?\\d{1,5}(?=\\p{L})|Description(?=\\p{Lu})");

    /** "9 people like this", "1 person likes this": a like count on a line of its own. */
    private static final Pattern PEOPLE_LIKE = Pattern.compile("(?i)^(\\d{1,6})\\s+(?:people|persons?|users?|members?)\\s+likes?\\s+this\\.?$");

    private static final Pattern PROPERTY_CHANGE = Pattern.compile("(?i)^[\\p{L}%#][\\p{L}\\p{N}% ._-]{0,30} changed from .{1,40} to .{1,40}$");

    private static final Pattern PARENT_LINK = Pattern.compile("(?i)\\bparent\\b");

    /**
     * Three lines or more that open with a date at the margin, alone or with a second column's words three spaces
     * after it, among prose printed in that column (a tracker's notes as a table, the user cell and its date beside
     * each note: Mantis).
     */
    private static boolean besideProse(List<Line> lines) {
        int beside = 0;
        for (int a = 0; a < lines.size() && beside < 3; a++) {
            Line l = lines.get(a);
            if (l.indent != 0 || l.text.isEmpty() || !Character.isLetterOrDigit(l.text.charAt(0))) {
                continue;
            }
            Matcher d = DATE.matcher(l.text);
            if (!d.lookingAt() || d.end() < l.text.length() && !l.text.startsWith("   ", d.end())) {
                continue;
            }
            int prose = 0;
            for (int j = Math.max(0, a - 3); j <= Math.min(lines.size() - 1, a + 3); j++) {
                Line o = lines.get(j);
                if (j != a && o.indent >= 12 && Texts.wordCount(o.text) >= 6) {
                    prose++;
                }
            }
            if (prose >= 2) {
                beside++;
            }
        }
        return beside >= 3;
    }

    /** A field's label before a post's date ("Date: November 28, 2026 02:17PM", Phorum): the header names its author elsewhere. */
    private static final Pattern DATE_LABEL = Pattern.compile("(?i)(?:date|time|posted(?: on)?|published|sent)\\s*:?");

    private static final Pattern NAME_PAREN = Pattern.compile("^(\\S.{0,38}?)\\s+\\([\\p{L}\\p{N}_.-]{2,40}\\)$");

    /** Threading links in a change's head: "in reply to: ↑ 1", "follow-ups: ↓ 5 ↓ 7" (Trac). */
    private static final Pattern THREADING = Pattern.compile("(?i)\\b(?:in reply to|follow-?ups?):?(?:\\s*[\\u2191\\u2193]\\s*\\d{1,5})+");

    private static final Pattern AVATAR_ALT = Pattern.compile("(?i)^(.{1,40}?)(?:'s)?\\s+(?:user\\s+)?(?:avatar|gravatar(?:\\s+image)?|profile (?:picture|photo|image))");

    /** A line of two columns: a short cell at the left margin, three spaces or more, the post's text. */
    private static final Pattern TWO_COLUMNS = Pattern.compile("^(\\S.{0,28}?)\\s{3,}(\\S.*)$");

    /**
     * The user cell beside a record's text ("Beatrix          Default Re: …" / "Moderator        ━━━" / "Join Date: Nov
     * 2004   time, always …"): the record's lines with the cell's words taken out (the text at its own column, a
     * cell line alone made blank) and, at key -1, the cell's first line when it is a name; null when the record's
     * first line of text is no such pair or the text's column is not the same on two lines at least.
     */
    private static Map<Integer, Line> besideCell(List<Line> lines, Rec r) {
        int first = firstText(lines, r.hEnd + 1);
        if (first >= r.bodyEnd) {
            return null;
        }
        int pair = first;
        String cellName = null;
        int cellCol = 0;
        int textAt = -1;
        // the header line is itself the table's first row, the name in its first column ("Helen Okafor   posted
        // 18/11/2026 09:19:00", JForum): the cell under it holds rank and fields, the name is the header's
        Matcher ma = TWO_COLUMNS.matcher(lines.get(r.anchor).text);
        String rowName = lines.get(r.anchor).indent == 0 && ma.matches() && ma.start(2) >= 12 && nameLike(clean(ma.group(1)))
                && !RANK.matcher(ma.group(1)).matches() ? clean(ma.group(1)) : null;
        if (lines.get(first).indent >= 12) {
            // the cell centred on a row taller than it (ProBoards): the post's first lines at its column alone, the
            // cell's name beside a later one
            int textCol = lines.get(first).indent;
            pair = first + 1;
            while (pair < r.bodyEnd && pair - first <= 12 && (lines.get(pair).blank() || lines.get(pair).indent == textCol)) {
                pair++;
            }
            if (pair >= r.bodyEnd || pair - first > 12 || lines.get(pair).indent > 0) {
                return null;
            }
            String pt = lines.get(pair).text;
            Matcher mc = TWO_COLUMNS.matcher(pt);
            boolean spaced = mc.matches() && Math.abs(mc.start(2) - textCol) <= 1;
            if (rowName != null && mc.matches() && mc.start(2) >= textCol - 1 && mc.start(2) <= textCol + 8) {
                // (a quote box indented in the text's column: "Ranger      Helen Okafor wrote:The …")
                cellName = rowName;
                cellCol = textCol;
                textAt = textCol;
            } else if (!spaced) {
                // a name that fills its column leaves one space before the text ("the_old_postmaster nineties.")
                if (pt.length() > textCol && pt.charAt(textCol - 1) == ' ' && pt.charAt(textCol) != ' '
                        && pt.substring(0, textCol).strip().indexOf(' ') < 0 && nameLike(clean(pt.substring(0, textCol)))) {
                    cellName = clean(pt.substring(0, textCol));
                    cellCol = textCol;
                } else {
                    return null;
                }
            }
        } else if (lines.get(first).indent > 0) {
            return null;
        }
        int col;
        boolean nameless = false;
        Matcher r0 = cellName == null && rowName != null ? TWO_COLUMNS.matcher(lines.get(pair).text) : null;
        if (r0 != null && r0.matches() && r0.start(2) >= 12) {
            cellName = rowName;
            col = r0.start(2);
        } else if (cellName == null) {
            Matcher m0 = TWO_COLUMNS.matcher(lines.get(pair).text);
            if (m0.matches() && m0.start(2) >= 12 && CELL_STATUS.matcher(m0.group(1).strip()).matches()) {
                // "Offline" beside the text (SMF 1): the cell's status line, no name; the name is above the date
                nameless = true;
                col = m0.start(2);
            } else if (!m0.matches() && Texts.wordCount(lines.get(pair).text) <= 3 && (col = cellColumn(lines, pair + 1, r.bodyEnd)) > 0) {
                // the cell's first line has nothing beside it ("New member" over "Joined      text…", XenForo):
                // the column where the text beside the later cell lines starts; the name is the header's
                nameless = true;
            } else if (!m0.matches() || m0.start(2) < 12 || !nameLike(clean(m0.group(1))) || RANK.matcher(m0.group(1)).matches()
                    || ALT_ONLY.matcher(clean(m0.group(1))).matches()) {
                return null; // (an avatar's alt text "Avatar" beside the text names nobody: XMB's cell under its name)
            } else {
                cellName = clean(m0.group(1));
                col = m0.start(2);
            }
        } else {
            col = cellCol;
        }
        Map<Integer, Line> out = new HashMap<>();
        int pairs = 0;
        for (int j = first; j < r.bodyEnd; j++) {
            Line l = lines.get(j);
            if (l.blank() || l.indent >= col - 1) {
                continue;
            }
            Matcher m = TWO_COLUMNS.matcher(l.text);
            if (l.indent == 0 && m.matches() && Math.abs(m.start(2) - col) <= 1) {
                out.put(j, new Line(col, false, m.group(2)));
                pairs++;
            } else if (textAt >= 0 && l.indent == 0 && m.matches() && m.start(2) > col + 1 && m.start(2) <= col + 8) {
                out.put(j, new Line(m.start(2), false, m.group(2))); // (a quote box's line: its own, deeper column)
                pairs++;
            } else if (l.indent == 0 && m.matches() && m.start(2) > col && Texts.wordCount(m.group(1)) <= 3 && action(m.group(2)) != null) {
                out.put(j, new Line(col, false, m.group(2))); // the cell's last line beside the post's actions ("Offline   Reply With Quote")
            } else if (nameless && !l.marker && m.matches() && l.indent + m.start(2) >= col - 1 && l.indent + m.start(2) <= col + 8) {
                // a field's value indented under its label ("    2,890   text…"), or a field beside a quote box
                // indented in the text ("Joined      Ann said:"): the text keeps its column
                int at = l.indent + m.start(2);
                out.put(j, new Line(Math.abs(at - col) <= 1 ? col : at, false, m.group(2)));
                pairs++;
            } else if (nameless && l.indent > 0 && !l.marker && l.indent + l.text.length() < col - 2 && Texts.wordCount(l.text) <= 4) {
                out.put(j, new Line(0, false, "")); // a value alone under its label ("    Glasgow")
            } else if (l.indent == 0 && l.text.length() > col && l.text.charAt(col - 1) == ' ' && l.text.charAt(col) != ' '
                    && l.text.substring(0, col).strip().length() >= col - 4) {
                // a cell line that fills its column leaves one space before the text ("Registered: 11/02 Speaking …")
                out.put(j, new Line(col, false, l.text.substring(col)));
                pairs++;
            } else if (rowName != null && l.indent == 0 && narrowGap(l.text, col) > 0) {
                // a cell line two spaces short of the text ("Joined: 09 Nov 2007  My clutch …", phpBB 2)
                out.put(j, new Line(col, false, l.text.substring(narrowGap(l.text, col))));
                pairs++;
            } else if (l.indent == 0 && l.text.length() < col && Texts.wordCount(l.text) <= 5) {
                out.put(j, new Line(0, false, ""));
            } else {
                out.put(-2, new Line(j, false, "")); // (where: on the last post, the page's own lines follow)
                break; // (the cell ends: a footer or the next post at the margin)
            }
        }
        if (pairs < (rowName != null && rowName.equals(cellName) ? 1 : 2)) {
            return null; // (one row beside the text will do when the header's row named the poster)
        }
        if (!nameless) {
            out.put(-1, new Line(0, false, cellName));
        }
        out.put(-3, new Line(col, false, "")); // (the text's column)
        return out;
    }

    /** A user cell's last line beside the post's actions ("Offline      Reply With Quote", vBulletin 3): a footer. */
    private static boolean cellAction(String t) {
        if (t.length() > 120 || t.indexOf("   ") < 0) {
            return false;
        }
        Matcher m = TWO_COLUMNS.matcher(t);
        // (the cell's status only: "Member     Quote Like" is a control row under a date, "Likes: 10     18 people
        // like this" a profile field beside a likes line, "ann      2026-11-23 4:49 PM" a header)
        return m.matches() && m.start(2) >= 12 && CELL_STATUS.matcher(m.group(1).strip()).matches() && action(m.group(2)) != null
                && !DATE.matcher(m.group(2)).find();
    }

    /** A count and a word ("14 people", "3 replies"): no name. */
    private static final Pattern COUNTED_WORD = Pattern.compile("^\\d+\\s+\\p{L}");

    /** A user cell's status line beside the text: no name. */
    private static final Pattern CELL_STATUS = Pattern.compile("(?i)^(?:offline|online|online now|away)$");

    /**
     * The column where the text beside a user cell starts, from the cell's later lines ("Joined      text…" and
     * "    Nov 12, 2019   text…"): the start of the text after the gap on two lines or more within the next eight,
     * the leftmost of columns (12 or more) a few apart, a quote box's deeper; 0 when the lines show no such column.
     */
    private static int cellColumn(List<Line> lines, int from, int to) {
        int col = 0;
        int seen = 0;
        for (int j = from; j < to && j < from + 12; j++) {
            Line l = lines.get(j);
            if (l.blank() || l.marker) {
                continue;
            }
            Matcher m = TWO_COLUMNS.matcher(l.text);
            if (!m.matches()) {
                continue;
            }
            int c = l.indent + m.start(2);
            if (c < 12 || col > 0 && Math.abs(c - col) > 8) {
                return 0;
            }
            col = col == 0 ? c : Math.min(col, c); // (a quote box in the text stands deeper than the text)
            seen++;
        }
        return seen >= 2 ? col : 0;
    }

    /** Whether the next line with text under line j (up to {@code to}) is a member's rank ("Well-known member"). */
    private static boolean rankUnder(List<Line> lines, int j, int to) {
        int k = firstText(lines, j + 1);
        if (k > to || k >= lines.size()) {
            return false;
        }
        String t = lines.get(k).text;
        return Texts.wordCount(t) <= 3 && RANK_TITLE.matcher(t).find() && !FIELD.matcher(t).matches() && !PROFILE.matcher(t).find();
    }

    /** A member's title ("Well-known member", "Moderator"), not a profile field's label ("Posts", "Messages"). */
    private static final Pattern RANK_TITLE = Pattern.compile("(?i)\\b(?:member|moderator|admin(?:istrator)?|regular|newbie|"
            + "veteran|contributor|staff|guest|champion|keymaster|participant)\\b");

    /** "username (Full Name)", as Discourse's crawler view shows a poster: the user name (one token; "Rachel (Two Healthy Plates)" stays). */
    private static String withoutAside(String s) {
        // (only a full name or one word in the brackets, "(UTC)" too: a place or a note, "Jan (in Edmonton, Canada)", "Sheila (WA State)", is
        // how the commenter typed the name, as TypePad and Blogger print it)
        return s.matches("\\S+\\s*\\((?:" + FULL_NAME + "|[^()\\s]{1,30})\\)") ? s.replaceAll("\\s*\\([^()]{1,30}\\)$", "") : s;
    }

    /** A person's full name: one to four capitalised words or initials, nothing else. */
    private static final String FULL_NAME = "(?=[^()]{1,30}\\))\\p{Lu}[\\p{Ll}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{Ll}'\u2019.-]*){0,3}";

    /** A comment's number opening its header line, after an avatar's alt text or not ("[a6d98] 2 ", "12. "). */
    private static final Pattern AVATAR_COUNT = Pattern.compile("^\\d{1,4}\\s+(?=\\S)");

    /** The words after a date without the clock's zone abbreviation ("ET Ann Lee" -> "Ann Lee", "EDT" -> ""). */
    private static String afterZone(String s) {
        return ZONE_LEAD.matcher(s).replaceFirst("");
    }

    private static String stripLikes(String s) {
        return LIKES_HEADER.matcher(s).replaceAll(" ");
    }

    /** A date's tail ending in its year, then a slash: "Jul, 2012 / " before a name. */
    private static final Pattern DATE_BEFORE_SLASH = Pattern.compile("(?i)^(?:\\d{1,2}\\.?\\s*)?\\p{L}{3,9}\\.?,?\\s+(?:\\d{1,2},?\\s+)?(?:19|20)\\d\\d\\s*/\\s*(?=\\S)");

    /** A header fragment without the words and marks around a name ("Posted by", "•", "said on", "|"). */
    static String clean(String s) {
        // a comment's number in a column of its own before the name ("1  Ирина К. (19.11.2026 09:06)", uCoz): no name
        s = LEADING_NUMBER.matcher(s).replaceFirst("");
        // a commenter's kind glued before the name ("Unregistered CommenterAnn Lee") and a follow button's words with
        // its icon's alt text after it ("Ann Lee Follow [icebreaker]"): no part of the name
        s = COMMENTER_KIND.matcher(s.strip()).replaceFirst("");
        s = FOLLOW_TAIL.matcher(s).replaceFirst("");
        // a permalink anchor whose text is the name, printed before the name itself ("#Jem Jem, 2026/11/25", DokuWiki)
        s = s.strip().replaceFirst("^#(\\S.{0,38}?)\\s+\\1(?=$|[\\s,])", "$1");
        // two columns (a forum's name cell beside the post's head, "Pradeep   post Post #1"): the name is the first
        Matcher col = COLUMN_GAP.matcher(s.strip());
        if (col.find() && col.start() > 0 && Texts.wordCount(s.strip().substring(0, col.start())) <= 4) {
            s = s.strip().substring(0, col.start());
        }
        Matcher gh = GLUED_HANDLE.matcher(s.strip());
        if (gh.find() && (gh.group(1).contains(" ") || gh.group(2).equals(gh.group(2).toLowerCase(Locale.ROOT))
                && gh.group(2).startsWith(gh.group(1).toLowerCase(Locale.ROOT)))) {
            // a handle glued after the display name ("Rosa Quintero@rosa_quintero", Nitter); "John@MoneyPrinciple",
            // one word and a capitalised blog name, is a name as typed, and so is "Rich@rcantrell", one word and a
            // handle that does not begin with it (w3m runs the date after such a name: "Rich@rcantrell10/3/12")
            s = gh.group(1);
        }
        // a verb glued to the name before it, as w3m runs a handle's link into its span ("eleripricecommented12 days
        // ago", Gitalk); only the verbs a header says of its poster, only after a lower-case letter, digit or '_'
        s = GLUED_VERB.matcher(s.strip()).replaceFirst("");
        // the browser and system badges a blog widget prints after the nick ("ann Edge 119.0.0.0 Android 14", Valine,
        // Waline): the reader's user agent, not the name
        s = USER_AGENT.matcher(s).replaceFirst("");
        // the commenter's website printed after the name ("Ann Lee http://annlee.net |", Domino blogs): no part of it
        s = DumpTrailingNames.withoutSite(s);
        // the sign-in provider's icon w3m prints as its alt text before the name ("posted by Blogger Ann Lee : 2:27 PM")
        s = DumpTrailingNames.withoutProvider(s);
        // the rest of a day-first date before the name, "16. Jul, 2012 / Joy says:" (WooThemes): its year and the slash
        s = DATE_BEFORE_SLASH.matcher(s.strip()).replaceFirst("");
        String t = POST_NUMBER.matcher(s.strip()).replaceFirst("")
                .replaceAll("(?<=\\S)@[\\w-]+(?:\\.[\\w-]+)+(?=$|[\\s\\u00b7\\u2022|])", "") // a federated handle's instance
                .replaceAll("\\s*[\\u00b7\\u2022|]\\s*[+-]?\\d{1,6}$", "") // its score after a separator ("name·4")
                .replaceAll("(?i)\\s+(?:offline|online|away)$", "")
                .replaceAll("^\\[[^\\]]{0,24}\\]", "")
                .replaceAll("(?i)\\b(?:posted|submitted|written|commented|comment|reply|answered)\\s+(?:by|on|at)\\b", " ")
                .replaceAll("(?i)^\\s*(?:post\\s?by|by|from)\\s+", "") // phpBB 3's "Postby X" (icon text "Post" glued to "by")
                .replaceAll("(?i)\\s+(?:post)?posted:?\\s*$", "") // phpBB 2's "name   PostPosted:" (name cell beside the post's head)
                // (Blogger's and its imitators' "said..." too)
                .replaceAll("(?i)\\s+(?:says|said|wrote|writes|commented|posted|replied|responded|reviewed)(?:,?\\s+on)?\\s*(?::|\\.{2,3}|\u2026|,)?\\s*$", "")
                .replaceAll("(?i)\\s+(?:on|at)\\s*$", "")
                .replaceAll("(?<=\\S)\\s+/\\s*$", "") // (the slash between the name and the date, "PJ / November 13, 2012")
                .replaceAll("[|\\u2022\\u00b7\\u00bb\\u00ab\\u2013\\u2014:,(]+\\s*$", "")
                .replaceAll("^\\s*[|\\u2022\\u00b7\\u00bb\\u00ab\\u2013\\u2014\\u2191\\u25a0-\\u25ff,-]+", ""); // (and a "\u2191" parent button, Tildes;
                // the comma left of "On October 26, 2012 at 2:08am, Rosa said..." once the date is cut;
                // an avatar's or status dot glued before the name, "\u25cfduncanames", Gitea)
        // the opening poster's badge after the name ("Ann Lee OP · …", Mumsnet; "ann (Topic Creator)", GameFAQs)
        t = OP_BADGE.matcher(t.strip()).replaceFirst("");
        return undoubled(withoutAside(SCORE_AFTER.matcher(t.strip()).replaceFirst("")));
    }

    /**
     * A name printed twice, as w3m prints an avatar's alt text before the name link ("Bo Bo", "Yusra K.Yusra K."):
     * once. Two words that differ ("Ann Lee") and a one-letter half are kept as they are.
     */
    static String undoubled(String s) {
        if (s == null || s.length() < 4) {
            return s;
        }
        int n = s.length();
        if (n % 2 == 0 && s.substring(0, n / 2).equals(s.substring(n / 2)) && Character.isLetter(s.charAt(0))) {
            return s.substring(0, n / 2); // glued
        }
        if (n % 2 == 1 && s.charAt(n / 2) == ' ' && s.substring(0, n / 2).equals(s.substring(n / 2 + 1)) && n / 2 >= 2) {
            return s.substring(0, n / 2);
        }
        return s;
    }

    static final Pattern COMMENTER_KIND = Pattern.compile("^(?i:(?:un)?registered\\s+)?(?i:commenter)(?=\\p{Lu})");
    static final Pattern FOLLOW_TAIL = Pattern.compile("(?<=\\S)\\s+(?i:follow)(?:\\s+\\[[^\\]]{1,30}\\])?\\s*$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*\\d{1,3}\\s{2,}(?=\\p{L})");
    private static final Pattern OP_BADGE = Pattern.compile(
            "\\s+(?:OP|\\(OP\\)|\\((?i:topic creator|thread starter|original poster)\\)|(?i:topic creator|thread starter|original poster))$");

    private static final Pattern ON_TITLE = Pattern.compile("^\\s*(?:\\d{1,4}\\.\\s+)?([\\p{L}\\p{N}_.-]{2,30})\\s+on\\s+(\\p{Lu}.{0,60}?)\\s*$");

    /** "handle on Title" before the date (the work or post commented on, AO3's "ann_lee on Chapter 3"): the handle. */
    private static String onTitle(String before) {
        Matcher m = ON_TITLE.matcher(before);
        return m.matches() && nameLike(m.group(1)) && !DATE_LABEL.matcher(m.group(1)).matches() ? m.group(1) : null;
    }

    /** "Name, Place[, Country]" (a news site's header before the date): the name. */
    private static String placedName(String s) {
        int comma = s.indexOf(',');
        if (comma <= 0) {
            return null;
        }
        for (String part : s.substring(comma + 1).split(",")) {
            String p = part.strip();
            // a place: capitalised words with no digit and no more than three of them
            if (p.isEmpty() || !Character.isUpperCase(p.charAt(0)) || Texts.wordCount(p) > 3 || p.matches(".*\\d.*")) {
                return null;
            }
        }
        String name = s.substring(0, comma).strip();
        return nameLike(name) ? name : null;
    }

    /** A post number before the name, dotted by depth: "#2.1 Yusuf on 2026-11-21 11:49". */
    private static final Pattern DOTTED_NUMBER = Pattern.compile("^#(\\d{1,5}(?:\\.\\d{1,4}){0,8})\\s+\\S");
    /** What follows a date on a comment's row of actions: a count, then "Reply" (w3m glues them: "07:1430Reply"). */
    private static final Pattern ACTION_TAIL = Pattern.compile("(?i)\\s*\\d{0,6}\\s*(?:reply|respond)$");
    private static final Pattern USER_AGENT = Pattern.compile("(?i)\\s+(?:chrome|edge|firefox|safari|opera|samsung browser|wechat)\\s+[\\d.]+"
            + "(?:\\s+(?:windows|android|ios|mac ?os(?: x)?|linux|ubuntu|chrome ?os)(?:\\s+[\\d.]+)?)?\\s*$");
    private static final Pattern GLUED_VERB = Pattern.compile("(?<=[\\p{Ll}\\d_])(?:commented|replied|answered|responded|reviewed)\\s*$");
    /** A header's verb alone: what the poster did ("answered", "asked" over a Q&A post's date), never who. */
    private static final Pattern BARE_VERB = Pattern.compile("(?i)(?:asked|answered|commented|replied|responded|posted|edited|updated|modified|reviewed|published|submitted|shared)");

    /** A display name with a handle glued after it: the name, the handle. */
    private static final Pattern GLUED_HANDLE = Pattern.compile("^(.*[\\p{L}\\p{N}_.])@(\\w{1,30})$");

    /** A score after a separator at a name's end ("Kit_Marsh·4", once the "•11h" after it is gone). */
    private static final Pattern SCORE_AFTER = Pattern.compile("\\s*[\\u00b7\\u2022|]\\s*[+-]?\\d{1,6}$");

    /** A gap of three spaces or more: w3m's column break. */
    private static final Pattern COLUMN_GAP = Pattern.compile("\\s{3,}");
    /** A poster's online status after the name. */
    private static final Pattern STATUS = Pattern.compile("(?i)\\S\\s+(?:offline|online|away)$");
    /** A member's rank as stars ("**", "★★★") in a user box: no separator. */
    private static final Pattern RANK_STARS = Pattern.compile("^[*\u2605\u2606]{1,6}$");
    /** A post number alone ("#2", "Post #3", "Reply #4"). */
    private static final Pattern POST_NO = Pattern.compile("(?i)^(?:(?:post|reply)\\s*)?#?\\d+$");
    /** A vote count and a post number before a name ("+17 #1 Dolores P."), the number dotted by depth too ("#2.1 Yusuf on …", Serendipity). */
    private static final Pattern POST_NUMBER = Pattern.compile("^(?:[+\\u2212-]?\\d{1,5}\\s+)?#\\d{1,6}(?:\\.\\d{1,4}){0,6}\\s+|^[+\\u2212-]\\d{1,5}\\s+"
            // a tracker's comment label before the name ("Comment 3 Ann Lee 2026-11-25 18:26:00 UTC", "Description Ann Lee …", Bugzilla)
            + "|^(?i:comment|answer|message)\\s+#?\\d{1,5}\\s+(?=\\S)|^(?i:description)\\s+(?=\\S)");
    /**
     * "Threads: 44", "From: Millbrook": a profile field, not a name. The label may hold an elided article or a hyphen
     * ("Date d'inscription : 01/01/2010", "E-mail:") and, in French typography, a space before its colon.
     */
    private static final Pattern FIELD = Pattern.compile("^\\p{L}[\\p{L} .'\u2019-]{1,20}:\\s*\\S.*");

    /** A user box's count of followers: "61 Fans", "1.2k followers". */
    private static final Pattern FOLLOWER_COUNT = Pattern.compile("[\\d.,]+\\s?k?\\s+(?:fans?|followers?|friends?|subscribers?)");

    private static boolean nameLike(String s) {
        if (s == null || s.isEmpty() || s.length() > 40) {
            return false;
        }
        int words = Texts.wordCount(s);
        int at = s.indexOf(" @ ");
        if (at > 0 && words <= 8 && Texts.wordCount(s.substring(0, at)) <= 3) {
            words = Texts.wordCount(s.substring(0, at)) + 1; // "Courtney @ Journey of a Dreamer": a name and the blog's
        }
        if (words == 0 || words > 4 || s.matches(".*\\p{L}{3,}[.!?]\\s.*") || POST_NO.matcher(s).matches()
                || s.codePointCount(0, s.length()) < 2 || LEVEL.matcher(s).matches()) {
            return false;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        return !lower.matches("(?:re|quote|reply|report|posted|permalink|anonymous coward|in reply to|in response to)\\b.*") && action(s) == null
                && !lower.matches("(?:date|time|when|published|sent)\\s*:?") // (a field's label before the date, "Date: November 28, 2026")
                && !FOLLOWER_COUNT.matcher(lower).matches() // (a user box's "61 Fans" over the time: a count, HuffPost)
                && !ZONE_ONLY.matcher(s).matches() // (the clock's zone, "ET", after a date read as the name beside it)
                && !lower.matches("(?:at|on|by|um|\u00e0|le|de|a las)") // (a date's word before its clock wrapped to the next line, "November 3, 2012 at")
                && !DATE.matcher(s).find() && !COMMENTS_HEADER.matcher(s).matches();
    }
}
