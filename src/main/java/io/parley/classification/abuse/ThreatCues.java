package io.parley.classification.abuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wording that threatens or calls for physical harm to a person (issue 19): a wish, an intent or a call to hurt someone
 * ("I hope somebody burns that stadium down with the owners inside", "people like her should be shot", "I know where
 * you live", "watch your back"). The threat heads learned threats from Wikipedia talk pages ("I will kill you"); a
 * news comment's threat names a councilman, a parking lot and a tire iron, and scored 1e-4..1e-2 against the hold
 * 0.0125 (suites 1-2: 34 of 81 threats missed; bench/abuse/experiments.md, abuse5, threat5). Team rows in the heads
 * lifted those threats only as fast as they lifted violent idioms and cost Jigsaw's threat AUC; a cue is narrower:
 * each pattern needs harm aimed at a person (a pronoun, "someone", a group, a role) together with a wish, an intent, a
 * call or a consequence, so "this budget will kill the arts", "the striker murdered that shot", "I could kill for a
 * coffee" and a news report of an attack match none. Threats a comment reports ("he told me he'd kill me") are the
 * target speaking: the classifier looks for cues only outside what {@link ReportedSpeech} masks.
 */
final class ThreatCues {

    private ThreatCues() {
    }

    private static final String HARM_PASSIVE = "shot|hanged|hung|lynched|killed|murdered|beaten|stabbed|strangled"
            + "|executed|gassed|burned|burnt|skinned(?: alive)?|punched|dragged|lined up|strung up|stomped|knifed"
            + "|run over|hit by a (?:bus|car|truck|train)|put down like|wiped (?:out|off)|exterminated|tortured"
            + "|set on fire|thrown off|pushed off";
    /** Harm that needs a person after it to be a threat ("kill him", not "kill time", "take a stab at"). */
    private static final String OBJ = "(?:you|u|ya|him|her|them|your|his|their|that|this|those|these|the|every|everyone"
            + "|anyone|somebody|someone|people|all)\\b";
    private static final String HARM_VERB = "(?:shoot|hang|lynch|kill|murder|stab|strangle|execute|gas|burn|torch|firebomb"
            + "|bomb|skin|punch|drag|stomp|knife|poison|slit|slash|choke|smash|snap|crack|gut|drown|shove|hurt|rape"
            + "|scare|flatten)\\s+(?:\\w+\\s+)?" + OBJ
            + "|(?:beat|kick)\\s+(?:you|u|ya|him|her|them|your|his|their)\\b(?!\\s+(?:at|in (?:a|the) (?:race|game|match)))"
            + "|run (?:\\w+ ){0,3}(?:off the road|over)"
            + "|teach (?:\\w+ ){0,3}a lesson|put (?:a bullet|a round|one) (?:in|through)"
            + "|break (?:\\w+ ){0,2}(?:jaw|legs?|neck|fingers|arms?|kneecaps|face|nose|skull|bones|windows|heads?)"
            + "|rip (?:\\w+ ){0,2}(?:head|throat|face) off|cut (?:\\w+ ){0,2}throat|blow (?:\\w+ ){0,2}(?:head|brains) off"
            + "|knock (?:\\w+ )?out|end (?:you|u|him|her|them)\\b|open (?:you|u|him|her) up"
            + "|pour gasoline|track (?:you|u|him|her|them) down|tear (?:\\w+ )?apart"
            + "|put (?:you|u|him|her|them) (?:six feet under|down)|put a (?:brick|bomb|bullet)|set fire to|sets? (?:\\w+ )?on fire"
            + "|settle (?:it|this) with my fists|see to (?:him|her|them) myself|make (?:\\w+ ){1,2}eat pavement"
            + "|hunt (?:\\w+ )?down|string (?:\\w+ ){0,3}up|line (?:\\w+ ){0,3}up against|drop a bomb"
            + "|put (?:\\w+ ){0,3}in (?:the|a) (?:ground|hospital|grave|ditch|body bag|morgue)";
    /** Someone, a group, a role or a pronoun: whom the harm is aimed at. */
    private static final String PERSON = "you|u|ya|him|her|them|he|she|they|his|their|your|yourself|somebody|someone"
            + "|anyone|everyone|every (?:last )?one|all of (?:them|you)|people|those \\w+|these \\w+|that \\w+|this \\w+"
            + "|the (?:\\w+ )?(?:mayor|judge|senator|councilman|councilwoman|council|councillor|alderman|reporter"
            + "|editor|columnist|coach|ref|referee|landlord|driver|cyclist|teacher|governor|president|anchor|protesters"
            + "|owner|owners|developer|banker|bankers|commissioner|sheriff|cop|cops|officer|board|writer|author|neighbor"
            + "|neighbour|family|kids|wife|husband|leader|minister|politician|politicians|immigrants|refugees)";

    /** Third-person and -ing forms after "I hope someone ..." / "I'm ...". */
    private static final String HARM_S = "shoots|hangs|kills|murders|beats|stabs|strangles|burns|torches|firebombs"
            + "|poisons|runs (?:\\w+ ){0,3}over|flattens|tears (?:\\w+ )?apart|sets fire|sets (?:\\w+ ){0,3}on fire"
            + "|drowns|stomps|jumps|lynches|guts|finds (?:\\w+ ){0,3}and|goes off a cliff|collapses with|catches a bullet"
            + "|catch a bullet";
    private static final String HARM_ING = "putting (?:you|u|him|her|them) in|breaking (?:\\w+ ){0,2}(?:knees|legs|jaw|neck"
            + "|face|fingers|arms?)|running (?:you|u|him|her|them) over|bringing (?:a|my) (?:gun|rifle|shotgun|knife|bat)"
            + "|loading the (?:gun|rifle|shotgun)|coming (?:for|over|to your|after) (?:you|u|him|her|them|your|every)"
            + "|getting (?:stomped|jumped|a knife|a bullet|beaten|shot|stabbed)|leaving (?:in|on) (?:an? )?(?:ambulance"
            + "|stretcher|body bag)";

    private static final List<Pattern> CUES = List.of(
            p("\\b(?:i'm|i am|we're|we are|he's|she's|they're|you're|you are|he is|she is)\\s+(?:\\w+\\s+)?(?:" + HARM_ING
                    + ")\\b"),
            p("\\b(?:hope|pray|wish|wouldn't be sad if)\\s+(?:that\\s+)?(?:someone|somebody|anyone|a mob|a truck|a sniper"
                    + "|a bus|the \\w+|that \\w+|they|he|she)(?:'s)?\\s+(?:\\S+\\s+){0,6}?(?:" + HARM_S + ")\\b"),
            p("\\bwith (?:him|her|them|the owners?|his family|her family) (?:in it|inside|in them)\\b"),
            p("\\b(?:won't|will not|wont|won't ever|never) (?:walk (?:again|away)|make it (?:home|to)|live to see"
                    + "|feel safe|enjoy the ride|see another birthday|survive the)\\b"),
            p("\\b(?:your days are numbered|bullet with (?:your|his|her) name|looking over your shoulder|six feet under"
                    + "|digging a grave for|need a new face|eating through a straw|fishing your body"
                    + "|end up in a body bag|in a body bag|accidents happen to)\\b"),
            p("\\bdeserves?\\s+(?:a firing squad|a brick|a bullet|to get hit|to get run over|a few rounds|a lynching"
                    + "|a good beating|to have (?:their|his|her) kids taken|to be (?:shot|hanged|beaten|dragged|lynched))"),
            p("(?:^|[.!?]\\s+)(?:drown|drag|round up|torch|string up|beat|put a bomb|take (?:\\w+ ){1,3}out back"
                    + "|throw (?:them|him|her|the \\w+)|burn down|shoot|lynch|kill)\\s+(?:every|all|the|their|them|him|her"
                    + "|those|these|that)\\b"),
            // calls and wishes: "should be shot", "deserve to get hurt", "needs to be hanged"
            p("\\b(?:should|ought to|needs? to|must|deserves? to|gotta|has to|have to)\\s+(?:all\\s+|just\\s+|really\\s+)?"
                    + "(?:be|get)\\s+(?:\\w+\\s+)?(?:" + HARM_PASSIVE + "|hurt|beaten up|a beating|what's coming)\\b"),
            p("\\bdeserves?\\s+(?:a beating|a bullet|a rope|to die|to be (?:hurt|beaten|shot)|to get (?:hurt|beaten|shot"
                    + "|stomped)|what(?:'s| is) coming|a (?:good )?(?:beating|kicking|thrashing)|to have (?:\\w+ ){1,4}"
                    + "(?:burn|broken|cracked|smashed))"),
            // someone should / somebody needs to <harm>
            p("\\b(?:someone|somebody|some(?:one)? of us|people|we|y'all|you guys|they)\\s+(?:should|ought to|needs? to"
                    + "|has to|have to|must|gotta|go|oughta|is going to|are going to|will)\\s+(?:\\w+\\s+){0,2}?"
                    + "(?:" + HARM_VERB + ")\\b"),
            // wishes: "I hope somebody burns ... inside", "hope they get hit by a bus", "wish someone would poison"
            p("\\b(?:hope|wish|pray|praying|would love to see|'d love to see|'d pay (?:good )?money to see"
                    + "|can't wait to see|wouldn't be sad if|would be a shame if)\\s+(?:that\\s+)?(?:" + PERSON
                    + "|the \\w+)\\b(?:\\s+\\S+){0,6}?\\s+(?:(?:gets?|got|is|are|be|were|was)\\s+(?:\\w+\\s+)?(?:"
                    + HARM_PASSIVE + "|hurt|what's coming)|(?:would|will|to)\\s+(?:" + HARM_VERB + ")|burns?|caught fire"
                    + "|catches fire|dies|die|(?:\\w+ )?(?:legs|skull|neck|jaw|kneecaps) (?:broken|cracked|snapped|smashed))\\b"),
            p("\\bburns?\\b[^.!?]{0,40}\\bwith (?:the |their |his |her )?(?:\\w+ )?(?:inside|in it)\\b"),
            // intent: "I'll break his jaw", "I'm going to find out where ... and pay him a visit"
            p("\\b(?:i|we)\\s*(?:'ll|will|'m going to|am going to|'m gonna|am gonna|'re going to|are going to|'d|would"
                    + "|swear i'll|'m bringing|am bringing|'ll be|will be)\\s+(?:\\w+\\s+){0,2}?(?:" + HARM_VERB
                    + "|find (?:you|u|him|her|them|out where)|come (?:down|over|for)|pay (?:\\w+ )?a visit"
                    + "|wait(?:ing)? for (?:you|u|him|her|them)|make (?:sure )?(?:you|him|her|them) (?:pay|regret|never)"
                    + "|(?:be )?outside your|bringing my (?:rifle|gun|shotgun|bat)|put (?:you|u|him|her|them) in)\\b"),
            // consequences: "you'll leave in an ambulance", "you won't be walking home", "you'll pay for this"
            p("\\b(?:you|u|he|she|they)(?:'ll| will| won't| wont| are going to|'re going to|'re gonna| gonna)\\s+"
                    + "(?:\\w+\\s+){0,3}?(?:leave (?:\\w+ ){0,4}?(?:in|on) (?:an? )?(?:ambulance|stretcher|body bag)|be walking home"
                    + "|be picking (?:your|his|her) teeth|pay for this|regret (?:it|this)|be smiling when|never walk"
                    + "|find out what (?:a|my) (?:\\w+ )?(?:bat|gun|knife|fist)|end up (?:in a ditch|dead|in the hospital)"
                    + "|be next|get what's coming)"),
            p("\\b(?:or|and) (?:i|we)(?:'ll|'d| will| would)\\s+(?:\\w+\\s+){0,2}?(?:" + HARM_VERB + ")\\b"),
            p("\\b(?:people like (?:you|him|her|them)|you people) (?:end up|get|will get|deserve)\\b"),
            // intimidation: "I know where you live", "watch your back", "sleep with one eye open"
            p("\\b(?:i|we) know (?:where|what car) (?:you|u|he|she|they|your \\w+) (?:live|lives|drive|drives|work"
                    + "|works|sleep|park)"),
            p("\\b(?:watch|better watch) (?:your|his|her|their) back\\b"),
            p("\\bsleep with one eye open\\b"),
            p("\\bbetter pray (?:i|we) never\\b"),
            p("\\bsee what happens to (?:you|u|him|her|them)\\b"),
            p("\\bbe careful walking\\b"),
            p("\\bwith (?:your|his|her|their) blood\\b"),
            p("\\b(?:a rope and a tall tree|needs? a rope|get the rope|rope and a tree)\\b"),
            p("\\b(?:put|putting) (?:a bullet|a round) (?:in|through)\\b"),
            p("\\b(?:broken|cracked|smashed) (?:kneecaps|skulls?|jaws?|legs)\\s+(?:would|will|might)\\b"),
            // imperative calls at the start of a sentence: "Hang every last one of them", "kill the mayor"
            p("(?:^|[.!?]\\s+)(?:hang|shoot|kill|lynch|torch|burn|stab|string up|line)\\s+(?:every|all|the|them|him|her"
                    + "|that|those|these)\\b(?:\\s+\\S+){0,5}?\\s*(?:from|up|against|down|on sight|\\.|!|$)"),
            p("(?:^|[.!?]\\s+)(?:kill|shoot|hang|lynch) (?:the|that|this|all|every) (?:\\w+ )?(?:mayor|judge|senator"
                    + "|councilman|reporter|editor|president|governor|cops|politicians|immigrants|refugees|liberals"
                    + "|conservatives|traitors)\\b"),
            p("(?:^|[.!?]\\s+)(?:somebody|someone) go (?:\\w+ ){0,2}?(?:scare|beat|hurt|shoot|kill|burn|torch|visit)\\b"));

    /**
     * For each of {@link #CUES}, in order, words one of which the comment must contain (lower case) for that pattern to
     * match at all: a plain substring test skips most patterns for most comments (all patterns on every comment cost ~90
     * CPU-µs per comment, with the gates ~25, the same cues found: 16,904 test, validation and stream texts, load ~10).
     */
    private static final List<String[]> GATES = List.of(
            new String[]{"putting", "breaking", "running", "bringing", "loading", "coming", "getting", "leaving"},
            new String[]{"hope", "pray", "wish", "sad"},
            new String[]{"inside", "in it", "in them"},
            new String[]{"won't", "will not", "wont", "never"},
            new String[]{"numbered", "bullet", "shoulder", "six feet", "grave", "new face", "straw", "fishing", "body bag", "accidents"},
            new String[]{"deserve"},
            new String[]{"drown", "drag", "round up", "torch", "string up", "beat", "put a bomb", "out back", "throw", "burn down", "shoot", "lynch", "kill"},
            new String[]{"should", "ought", "need", "must", "deserve", "gotta", "has to", "have to"},
            new String[]{"deserve"},
            new String[]{"should", "ought", "need", "has", "have", "must", "gotta", "go", "will"},
            new String[]{"hope", "wish", "pray", "see", "sad", "shame"},
            new String[]{"burn"},
            new String[]{"'ll", "will", "go", "gonna", "'d", "would", "swear", "bringing"},
            new String[]{"'ll", "will", "won't", "wont", "go", "gonna"},
            new String[]{"'ll", "'d", "will", "would"},
            new String[]{"people"},
            new String[]{"know"},
            new String[]{"watch"},
            new String[]{"eye open"},
            new String[]{"better pray"},
            new String[]{"see what happens"},
            new String[]{"careful walking"},
            new String[]{"blood"},
            new String[]{"rope"},
            new String[]{"a bullet", "a round"},
            new String[]{"kneecap", "skull", "jaw", "legs"},
            new String[]{"hang", "shoot", "kill", "lynch", "torch", "burn", "stab", "string", "line"},
            new String[]{"kill", "shoot", "hang", "lynch"},
            new String[]{"somebody", "someone"});

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A report of violence in the news, or a threat someone else made: the sentence before the cue says so. */
    private static final Pattern NEWS = p("\\b(?:threaten(?:ed|ing|s)?|threats? (?:to|that)|charged|accused|arrested"
            + "|convicted|sentenced|police|prosecutors?|according to|testified|allegedly|reportedly|suspect|the article"
            + "|in the (?:movie|film|novel|book|show|game)|my character)\\b[^.!?]*$");

    /** Idioms that name harm but threaten no one: a match inside one of these is no cue. */
    private static final Pattern IDIOM = p("\\b(?:(?:would|'d) have to kill|kill(?:ed|ing)? (?:it|for|time|the (?:lights|engine|mood|vibe|bill"
            + "|deal|budget|arts|plan|idea|project))|could kill for|would kill for|'d kill for|murder(?:ed)? (?:a|that|the)"
            + " (?:burrito|pizza|beer|shot|song|ball)|killer|dying to|to die for|scared (?:of|to)|hurt (?:my|our) (?:feelings"
            + "|chances)|beat (?:them|him|her|us|you|me) at |beat the (?:traffic|heat|odds|rush|deadline|system|buzzer) |burn (?:the|that|some) (?:calories|midnight"
            + "|candle)|shoot (?:me )?(?:an? )?(?:email|message|note|line|photo|video|pictures?)|shoot (?:for|the breeze)"
            + "|bomb(?:ed)? (?:the|that|an?) (?:test|exam|interview|audition))");

    /**
     * The character ranges [start, end) of the threat cues in {@code text}, in order; empty when it has none. A range
     * covers the cue's words ("should be shot", "know where you live"), which become the comment's threat span.
     */
    static List<int[]> find(String text) {
        List<int[]> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (int c = 0; c < CUES.size(); c++) {
            if (!containsAny(lower, GATES.get(c))) {
                continue;
            }
            Matcher m = CUES.get(c).matcher(text);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
                    s++;
                }
                while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s && !idiom(text, s, e) && !NEWS.matcher(text.substring(0, s)).find()) {
                    out.add(new int[]{s, e});
                }
            }
        }
        out.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : out) {
            if (!merged.isEmpty() && r[0] <= merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    /** Whether {@code text} has a threat cue. */
    static boolean has(String text) {
        return !find(text).isEmpty();
    }

    private static boolean containsAny(String lower, String[] words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean idiom(String text, int s, int e) {
        Matcher m = IDIOM.matcher(text);
        m.region(Math.max(0, s - 20), Math.min(text.length(), e + 20));
        while (m.find()) {
            if (m.start() < e && m.end() > s) {
                return true;
            }
        }
        return false;
    }
}
