package io.parley.classification.abuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that raise an abuse score without abusing anyone (issue 19): the model learned them from their company in
 * abusive rows, and a civil comment that uses them in a frame no abuse has was held (suites 1-3: 76 of 718 civil
 * comments; bench/abuse/experiments.md, abuse7). Each {@link Frame} finds such words in one frame; the classifier scores
 * the comment again with them replaced and each served label keeps the lower logit, as for {@link ReportedSpeech}, so
 * abuse anywhere else in the comment counts in full. Only the frames a model file names are on: they change scores.
 */
final class CivilFrames {

    private CivilFrames() {
    }

    /** The frames, by the name a model file states them with. */
    enum Frame {
        /**
         * An identity the writer claims for themselves or their family ("As a gay man I think ...", "I'm a Muslim nurse
         * ...", "Old white guy here", "My son is gay"): the identity words inside the frame, up to the clause's end.
         * Needs a first-person word in the sentence ("As a Muslim, you ..." is about the reader).
         */
        SELF_IDENTIFICATION("self-identification"),
        /**
         * A mild strong word ("damn", "crap", "stupid", "garbage") in a comment that names no person: no pronoun for
         * one, no reader, no role or group word ("the mayor", "people"). Profanity at things ("This damn printer")
         * is no abuse; the same word at a person keeps its score because the comment then names one.
         */
        UNDIRECTED_STRONG_WORDS("undirected-strong-words"),
        /**
         * A violent word in an idiom or aimed at a thing ("this budget will kill the arts", "this heat is killing me",
         * "we got slaughtered 42 to 3", "I'd murder a burrito", "sick to death of"), in a comment with no threat cue
         * ({@link ThreatCues}): the violent word.
         */
        VIOLENT_IDIOMS("violent-idioms"),
        /**
         * Abuse reported in words {@link ReportedSpeech} does not mask (applied to its masked text): a description of
         * the abuse after a reporting verb ("shouted a homophobic slur at us", "hurled racist insults"), a quotation
         * that continues a masked one ("called me 'four eyes' and 'loser'"), and a "that" clause after a reporting
         * verb whose subject is someone else ("the troll wrote that reporters are lying scum"), with no reader
         * addressed in it.
         */
        REPORTED_ABUSE("reported-abuse"),
        /**
         * The words of {@link #UNDIRECTED_STRONG_WORDS}, in the same comments (no person named, no obscenity), taken
         * away from {@code toxicity} and {@code insult} only: {@code obscene} and the other labels keep them (Jigsaw's
         * raters call "Picture sucks" obscene, and excusing it there cost the obscene AUC; bench/abuse/experiments.md,
         * abuse7 and abuse8).
         */
        UNDIRECTED_STRONG_WORDS_MILD("undirected-strong-words-mild"),
        /**
         * The words of {@link #UNDIRECTED_STRONG_WORDS}, in the same comments (no person named, no obscenity), only in a
         * sentence that names an everyday thing of a reader's town ("This damn printer", "These parking fines are a damn
         * scam", "My internet has been crap all week", "Damn, that's a lot of snow."): the weather, roads and traffic,
         * utilities and gadgets, fees and rules, games and seasons. A strong word with no such thing in its sentence
         * keeps its score ("Picture sucks", "this page is random crap": Jigsaw's raters call those toxic, and excusing
         * them cost its AUC; bench/abuse/experiments.md, abuse7 to abuse9).
         */
        STRONG_WORDS_AT_THINGS("strong-words-at-things"),
        /**
         * Identity words used as a plain description of people, places or groups, in the third person ("A Muslim doctor
         * saved my father's life", "The Vietnamese Catholic parish runs the festival", "our gay-straight alliance", "My
         * Nigerian-born husband", "immigration reform"): an identity word followed by a neutral noun (a role, family,
         * institution or community word), in a comment with no attack word (generalisations, dehumanising nouns,
         * calls to expel, insults, obscenity) and no reader addressed. The identity word becomes "local".
         */
        IDENTITY_MENTIONS("identity-mentions"),
        /**
         * News of violence: the violent words of a sentence that reports it in a news voice ("The suspect stabbed two
         * people, police said", "Two men were stabbed outside the bar", "Another overdose death in our county", "The
         * jury heard that the victim was beaten with a pipe"), in a comment with no threat cue of any set
         * ({@link ThreatCues}) and no reader addressed.
         */
        NEWS_OF_VIOLENCE("news-of-violence"),
        /**
         * Violence as a figure of speech the {@link #VIOLENT_IDIOMS} patterns do not know ("dead on arrival", "shoot
         * myself in the foot", "bury the hatchet", "absolutely slayed at the fundraiser", "The Warriors murdered the
         * Eagles 42-7", "my calves are still screaming", "a death blow to the valley", "I'd kill for a parking space"),
         * in a comment with no threat cue of any set: the violent word.
         */
        FIGURATIVE_VIOLENCE("figurative-violence"),
        /**
         * Abuse a witness or its target reports in shapes {@link #REPORTED_ABUSE} and {@link ReportedSpeech} leave: "a
         * fan kept yelling that the ref was a blind idiot", "strangers messaged me that I was a moron", "was told by a
         * boy in her class that girls are too dumb", "screamed at my father that he was a stupid old fool", "the letter
         * called her an ugly dyke", "graffiti included a swastika", "taunting him as 'retard'", "compared her to a pig",
         * "Quoting the candidate directly: ...": the reported words, with no reader addressed in them and the writer
         * not the speaker.
         */
        WITNESSED_ABUSE("witnessed-abuse"),
        /**
         * A comment that names no identity at all (no group, nationality, religion, race, sexuality, gender, age,
         * disability or political-side word, no slur, no "people", "kind", "community"; {@link #namesIdentity}) cannot
         * attack anyone for an identity, so {@code identity_attack} alone never holds it: its logit is soft-capped below
         * the label's default hold (issue 19, civil13). Not a mask: the classifier applies it to that one label. On
         * suites 1-8 the label held 30 civil comments alone, 25 of them naming no identity ("The cell reception
         * downtown is terrible", "These forced software updates are a plague"): the head learned "disgrace", "plague",
         * "theft" from Jigsaw's identity_hate rows, whose targets the comment names in other words.
         */
        IDENTITY_ABSENT("identity-absent");

        final String key;

        Frame(String key) {
            this.key = key;
        }

        /** The frame a model file names {@code key}, or null. */
        static Frame of(String key) {
            for (Frame f : values()) {
                if (f.key.equals(key)) {
                    return f;
                }
            }
            return null;
        }

        String key() {
            return key;
        }
    }

    /** What replaces an identity word: a neutral word the frames read naturally with ("As a local man ..."). */
    static final String IDENTITY_PLACEHOLDER = "local";
    /** What replaces a strong or violent word. */
    static final String WORD_PLACEHOLDER = "bad";

    private static final String IDENTITY = "gay|lesbian|lesbians|bisexual|bi|queer|trans|transgender|nonbinary|non-binary"
            + "|homosexual|muslim|muslims|christian|christians|catholic|catholics|jewish|jew|jews|hindu|sikh|buddhist"
            + "|atheist|nonbeliever|non-believer|mormon|evangelical|religious|black|white|asian|latino|latina|latinx"
            + "|hispanic|mexican|mexican-american|arab|arab-american|palestinian|israeli|african|african-american"
            + "|american|native|indigenous|korean|chinese|indian|puerto rican|nigerian|somali|immigrant|refugee"
            + "|deaf|blind|disabled|autistic|paraplegic|old|older|elderly|senior|woman|women|girl|female|male|man|guy"
            + "|widow|widower|veteran|vet|feminist|conservative|liberal|republican|democrat";
    private static final Pattern IDENTITY_WORD = Pattern.compile("\\b(?:" + IDENTITY + ")\\b",
            Pattern.CASE_INSENSITIVE);
    /** The frame's start; its phrase runs to the clause's end (see {@link #phraseEnd}). */
    private static final Pattern SELF = Pattern.compile("(?:\\b(?:speaking|writing)\\s+as\\s+(?:an?\\s+|the\\s+)?"
            + "|(?:^|[.!?,;:]\\s*|\\b(?:and|but|so)\\s+)as\\s+an?\\s+|(?:^|[.!?]\\s*)being\\s+"
            + "|\\b(?:i'm|i am|im|we're|we are|i are|i was|i've been|(?:my|our)\\s+(?:son|daughter|wife|husband|partner"
            + "|kids?|children|family|mom|mother|dad|father|brother|sister|parents|grandson|granddaughter|grandmother"
            + "|grandfather)\\s+(?:is|are|was))\\s+(?:not\\s+)?(?:an?\\s+|(?=(?:proud\\s+)?(?:" + IDENTITY + ")\\b)))"
            + "(?:proud\\s+)?", Pattern.CASE_INSENSITIVE);
    /** "Old white guy here": identity words before "here" at a clause start. */
    private static final Pattern HERE = Pattern.compile("(?:^|[.!?,;]\\s*)((?:[\\w-]+\\s+){1,4})here\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_END = Pattern.compile("[,.;:!?()\"“”]|\\s(?:who|and i|but i|i|i'd|i've|i'm|we"
            + "|so|because|and we|that|of|about|with|by|to|for|than|in|at|on|from|like)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:i|i'm|im|i've|i'd|i'll|me|my|we|we're|our|us)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern STRONG = Pattern.compile("\\b(?:damn|damned|dammit|goddamn|crap|crappy|bloody|hell"
            + "|heck|freaking|frigging|friggin|stupid|dumb|garbage|trash|sucks|ridiculous|disgusting"
            + "|ugly|awful|godawful|horrible|terrible|scam|joke|mess|shambles|monstrosity|pissed|screw|sick)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words that name a person or a reader: with one, a strong word may be aimed at someone. */
    private static final Pattern PERSON = Pattern.compile("@\\w+|\\b(?:you|your|you're|youre|yours|yourself|ya|u|ur|y'all"
            + "|yall|he|him|his|she|her|hers|they|them|their|he's|she's|they're|himself|herself|themselves|who|whoever"
            + "|people|person|guy|guys|man|men|woman|women|girl|boy|kid|kids|folks|idiot|idiots|moron|morons|mayor"
            + "|loser|losers|jerk|jerks|fool|fools|clown|clowns|scum|pig|pigs|nazi|nazis|commie|commies|bastard"
            + "|minister|senator|governor|president|councilman|councilwoman|councillor|council|commissioner|judge"
            + "|sheriff|officer|cop|cops|police|reporter|reporters|editor|writer|author|columnist|journalist|coach"
            + "|ref|referee|umpire|player|players|team|owner|owners|landlord|boss|manager|staff|teacher|teachers"
            + "|neighbor|neighbors|neighbour|neighbours|driver|drivers|candidate|politician|politicians|leader"
            + "|liberals|conservatives|democrats|republicans|trump|biden|mr|mrs|ms|dr"
            + "|administration|board|superintendent|principal|parents|voters|residents)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Everyday things a news reader swears at: weather, roads and transport, home and utilities, money the town takes,
     * rules and paperwork, sport, noise and nuisances. No words of writing or editing (article, page, edit, post,
     * picture, source): a strong word at someone's writing is at its writer.
     */
    private static final Pattern THING = Pattern.compile("\\b(?:weather|snow|snowstorm|rain|ice|heat|humidity|wind|storm"
            + "|storms|fog|cold|winter|summer|pollen|mosquitoes|flies|geese|pigeons|squirrels|deer|raccoons|weeds"
            + "|road|roads|street|streets|pothole|potholes|traffic|highway|interstate|freeway|interchange|overpass|bridge"
            + "|intersection|roundabout|detour|detours|construction|roadwork|lane|lanes|parking|meter|meters|garage|bus"
            + "|buses|train|trains|subway|commute|commuting|ferry|airport|flight|flights|toll|tolls|gas|printer|computer"
            + "|laptop|phone|internet|wifi|wi-fi|cable|router|app|printer|microwave|furnace"
            + "|basement|roof|drainage|sewer|plumbing|pipes|water|power|outage|electricity|heating|elevator|escalator"
            + "|lawn|mower|car|truck|battery|tire|tires|engine|fines|fee|fees|tax|taxes|assessment|bill|bills|rates"
            + "|prices|price|rent|insurance|ticket|tickets|rule|rules|policy|ordinance|law|laws|permit|permits|paperwork"
            + "|forms|form|process|system|redistricting|budget|plan|proposal|levy|line|lines|wait|queue|service"
            + "|delivery|package|packages|robocalls|calls|spam|ads|noise|smell|stench|smoke|fireworks|alarm|siren"
            + "|season|game|games|inning|innings|quarter|half|defense|defence|offense|offence|bullpen|lineup|schedule"
            + "|stadium|performance|refereeing|officiating|pool|park|playground|library|store|mall"
            + "|grocery|restaurant|menu|coffee|food|pizza|beer|luck|timing|day|week|morning|monday)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * People {@link #PERSON} does not name, and any identity word ("trailer park trash white girls", "this dumb lady"):
     * with one, a strong word near a thing may still be at a person or a group.
     */
    private static final Pattern MORE_PEOPLE = Pattern.compile("\\b(?:lady|ladies|girls|boys|gentleman|gentlemen|dude"
            + "|dudes|bro|sir|madam|kids|children|folk|somebody|someone|anyone|everyone|nobody|" + IDENTITY + ")\\b",
            Pattern.CASE_INSENSITIVE);

    /** Obscenity no frame excuses: a comment with it keeps its strong words too. */
    private static final Pattern OBSCENE = Pattern.compile("fuck|shit|cock|cunt|dick|pussy|bitch|bastard|asshole|whore"
            + "|slut|fag|nigg|twat|wank|motherf|vagina|balls|rape", Pattern.CASE_INSENSITIVE);

    /** Violent words in an idiom or at a thing: the word, then what makes it no threat. */
    private static final List<Pattern> IDIOMS = List.of(
            // at a thing: "will kill the arts", "going to murder small trucking companies", "killing downtown"
            Pattern.compile("\\b(kill|kills|killing|killed|murder|murders|murdering|gut|guts|gutting|strangle"
                    + "|strangling|slaughter|slaughtering)\\s+(?:(?:the|our|this|that|these|those|its|small|local"
                    + "|downtown|any|all|every|a)\\s+)?(?:\\w+\\s+)?(?:arts|business|businesses|companies|shops|stores"
                    + "|downtown|economy|jobs|budget|bill|plan|deal|program|programs|schools|mood|vibe|buzz|momentum"
                    + "|neighborhood|neighbourhood|industry|market|sales|burrito|pizza|beer|coffee|sandwich|taco|time"
                    + "|game|traffic|town|city|project|festival|season|drive|chances|trade|farms|farmers)\\b",
                    Pattern.CASE_INSENSITIVE),
            // the weather, a task or a body part does it to the writer: "this heat is killing me", "my feet are killing me"
            Pattern.compile("\\b(?:is|are|was|were)\\s+(killing|murdering)\\s+(?:me|us)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:is|was|'s)\\s+(?:absolute\\s+|pure\\s+|sheer\\s+|just\\s+)?(murder|torture)\\b(?!\\s+(?:on|for|to)\\b)",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bsick\\s+to\\s+(death)\\s+of\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(died|dying|dead|die)\\s+(?:laughing|of laughter|of embarrassment|tired)\\b",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:legs|feet|arms|phone|battery|car|lawn|grass|plants?|tomatoes)\\s+(?:are|is|were|was)"
                    + "\\s+(?:\\w+\\s+)?(dead)\\b", Pattern.CASE_INSENSITIVE),
            // sports and games: "got slaughtered 42 to 3", "murdered that shot", "killed it last night"
            Pattern.compile("\\b(?:got|get|were|was|been|getting)\\s+(?:absolutely\\s+|completely\\s+|totally\\s+|just\\s+)?(slaughtered|murdered|killed|destroyed|massacred"
                    + "|crushed|annihilated|butchered)\\b(?=[^.!?]{0,40}(?:\\d|game|match|half|quarter|inning|period|race"
                    + "|round|season|playoffs?|final))", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(killed|kills|killing|nailed|slayed|slays)\\s+it\\b", Pattern.CASE_INSENSITIVE),
            // news of deaths: "the war has killed thousands of civilians", "two teenagers killed on that highway"
            Pattern.compile("\\b(?:has|have|had)\\s+(killed)\\s+(?:\\d[\\d,]*|thousands|hundreds|dozens|millions|many"
                    + "|several|two|three|four|five|six|more)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:\\d+|two|three|four|five|six|several|many|teenagers|people|civilians|pedestrians"
                    + "|cyclists|workers|soldiers|children|students|residents|motorists)\\s+(?:were\\s+|have been\\s+)?"
                    + "(killed|died)\\s+(?:on|in|at|when|after|last|this|during|while)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(murder|kill|strangle)\\s+(?:a|an|for a|for an|for some)\\s+(?:\\w+\\s+)?"
                    + "(?:burrito|pizza|beer|coffee|sandwich|taco|burger|drink|nap|parking spot|spot|cup|slice|kitten)\\b",
                    Pattern.CASE_INSENSITIVE));

    private static final String REPORTING = "shouted|yelled|screamed|hurled|called|used|muttered|hissed|spat|left"
            + "|sprayed|spray-painted|scrawled|painted|wrote|posted|sent|texted|e-?mailed|tweeted|chanted|got|received"
            + "|faced|heard|endured";
    /** "shouted a homophobic slur at us": the description of the abuse. */
    private static final Pattern DESCRIBED = Pattern.compile("\\b(?:" + REPORTING + ")\\s+(?:(?:me|us|him|her|them|(?:my|our|his|her|their)\\s+\\w+)\\s+)?((?:an?|the|some|such|more"
            + "|racist|homophobic|sexist|antisemitic|anti-semitic|transphobic|ethnic|vile|obscene|nasty|ugly|hateful"
            + "|anti-\\w+|\\w+ist)\\s+(?:(?:racist|homophobic|sexist|antisemitic|anti-semitic|transphobic|ethnic|vile"
            + "|obscene|nasty|ugly|hateful|anti-\\w+)\\s+)?(?:slurs?|epithets?|insults?|obscenities|names|abuse|threats"
            + "|messages|comments|remarks|graffiti|hate mail))\\b", Pattern.CASE_INSENSITIVE);
    /** A quotation right after what {@link ReportedSpeech} masked: "called me something and 'loser'". */
    private static final Pattern CONTINUED = Pattern.compile(ReportedSpeech.PLACEHOLDER
            + "(?:\\s*,\\s*|\\s+)(?:and|or|,)?\\s*(?:an?\\s+|the\\s+)?(\"[^\"\\n]{1,80}\"|“[^”\\n]{1,80}”)",
            Pattern.CASE_INSENSITIVE);
    /** "the troll wrote that reporters are lying scum": someone else's "that" clause. */
    private static final Pattern THAT_CLAUSE = Pattern.compile("\\b(?:he|she|they|someone|somebody|(?:the|a|an|one"
            + "|some|this|that|my|our|his|her|their)\\s+(?:[\\w-]+\\s+)?[\\w-]+)\\s+(?:wrote|writes|said|says|posted"
            + "|claimed|claims|tweeted|commented|insisted|shouted|yelled|screamed|texted|e-?mailed|messaged|told \\w+)"
            + "\\s+that\\s+([^.!?;,\"“”\\n]{1,120})", Pattern.CASE_INSENSITIVE);
    private static final Pattern WRITER = Pattern.compile("^(?:i|we)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern SECOND_PERSON = Pattern.compile(
            "\\b(?:you|your|you're|youre|yours|yourself|yourselves|ya|u|ur|y'all|yall)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The comment with the words of the named frames replaced, or null when none is found (then the comment's scores
     * stand).
     */
    static String masked(String text, Set<Frame> frames) {
        return masked(text, frames, false);
    }

    /**
     * As {@link #masked(String, Set)}, on a text {@link ReportedSpeech} has already masked when {@code afterReport}
     * (only then does a quotation after its placeholder continue a report).
     */
    static String masked(String text, Set<Frame> frames, boolean afterReport) {
        if (text == null || text.length() > 2000 || frames.isEmpty()) {
            return null;
        }
        List<int[]> spans = new ArrayList<>();
        List<String> with = new ArrayList<>();
        if (frames.contains(Frame.SELF_IDENTIFICATION)) {
            selfIdentified(text, spans, with);
        }
        if (frames.contains(Frame.UNDIRECTED_STRONG_WORDS) && !PERSON.matcher(text).find()
                && !OBSCENE.matcher(text).find()) {
            Matcher m = STRONG.matcher(text);
            while (m.find()) {
                spans.add(new int[]{m.start(), m.end()});
                with.add(WORD_PLACEHOLDER);
            }
        }
        if (frames.contains(Frame.STRONG_WORDS_AT_THINGS) && !frames.contains(Frame.UNDIRECTED_STRONG_WORDS)
                && !PERSON.matcher(text).find() && !OBSCENE.matcher(text).find()
                && !MORE_PEOPLE.matcher(text).find()) {
            Matcher m = STRONG.matcher(text);
            while (m.find()) {
                if (THING.matcher(sentenceOf(text, m.start())).find()) {
                    spans.add(new int[]{m.start(), m.end()});
                    with.add(WORD_PLACEHOLDER);
                }
            }
        }
        if (frames.contains(Frame.VIOLENT_IDIOMS) && !ThreatCues.has(text)) {
            for (Pattern p : IDIOMS) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    spans.add(new int[]{m.start(1), m.end(1)});
                    with.add(WORD_PLACEHOLDER);
                }
            }
        }
        if (frames.contains(Frame.REPORTED_ABUSE)) {
            reported(text, afterReport, spans, with);
        }
        if (frames.contains(Frame.IDENTITY_MENTIONS)) {
            identityMentions(text, spans, with);
        }
        if (frames.contains(Frame.NEWS_OF_VIOLENCE)) {
            newsOfViolence(text, spans, with);
        }
        if (frames.contains(Frame.FIGURATIVE_VIOLENCE)) {
            figurativeViolence(text, spans, with);
        }
        if (frames.contains(Frame.WITNESSED_ABUSE)) {
            witnessedAbuse(text, spans, with);
        }
        if (spans.isEmpty()) {
            return null;
        }
        Integer[] order = new Integer[spans.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingInt(i -> spans.get(i)[0]));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int i : order) {
            int[] s = spans.get(i);
            if (s[0] < at) {
                continue;
            }
            out.append(text, at, s[0]).append(with.get(i));
            at = s[1];
        }
        out.append(text, at, text.length());
        return out.toString();
    }


    // ---- identity-absent ----
    /**
     * Words that name or point at an identity: groups, nationalities and demonyms, religions and their places,
     * race and colour words, sexualities and genders (and the gendered insults aimed at them), age and disability,
     * political sides, slurs, and the generic words a group attack uses in their place ("those people", "your kind",
     * "that community", "these foreigners"). Deliberately broad: a comment it matches keeps its score; only one it
     * does not match loses identity_attack's hold.
     */
    private static final Pattern IDENTITY_NAMED = Pattern.compile("\\b(?:"
            + "gays?|lesbians?|bisexuals?|bi|queers?|trans|transgenders?|transgendered|transsexuals?|trann(?:y|ys|ies)"
            + "|nonbinary|non-binary|homosexuals?|homos?|homophob\\w*|lgbt\\w*|pride|straights?|fags?|faggots?|dykes?|poofs?"
            + "|sodomites?|muslims?|moslems?|islam\\w*|mosques?|christians?|christianity|catholics?|protestants?|jewish"
            + "|jew\\w*|judaism|zionis\\w*|kikes?|hebrews?|hindus?|sikhs?|buddhists?|atheists?|mormons?|evangelicals?"
            + "|religions?|religious|church\\w*|synagogues?|temples?|rabbis?|imams?|priests?|pastors?|bible|koran|quran"
            + "|black|blacks|white|whites|asians?|latin[aeox]s?|latinx|hispanics?|mexicans?|arabs?|arabic|palestinians?"
            + "|israel\\w*|africans?|african-americans?|americans?|natives?|indigenous|reservations?|indians?|koreans?"
            + "|chinese|chinks?|japs?|japanese|nigerians?|somalis?|immigrants?|immigration|migrants?|refugees?"
            + "|foreigners?|foreign|illegals?|aliens?|anchor|niggers?|niggas?|negro(?:es|s)?|coons?|spics?|wetbacks?"
            + "|beaners?|gooks?|ragheads?|towelheads?|pakis?|pakistanis?|gyps(?:y|ies)|roma|gringos?|honk(?:y|ies)"
            + "|crackers?|rednecks?|hillbill(?:y|ies)|races?|racial|racis\\w*|ethnic\\w*|skin|colou?red|brown|nazis?"
            + "|hitler|deaf|blind|disabled|disabilit(?:y|ies)|autis\\w*|retard\\w*|cripples?|crippled|spaz\\w*"
            + "|mongoloids?|syndrome|wheelchairs?|mentally|old|older|elderly|seniors?|boomers?|geezers?|millennials?"
            + "|women|woman|womens|girls?|females?|ladies|lady|feminis\\w*|feminazis?|men|man|males?|guys?|boys?|wives"
            + "|wife|mothers?|moms?|bitch\\w*|sluts?|whores?|hags?|cunts?|bimbos?|vietnamese|filipin[ao]s?|haitians?"
            + "|ethiopians?|irish|italians?|polish|poles|ukrainians?|russians?|afghans?|syrians?|iraqis?|iranians?"
            + "|bangladeshis?|cubans?|dominicans?|salvadorans?|hondurans?|guatemalans?|brazilians?|jamaicans?|hmong"
            + "|cambodians?|laotians?|amish|french|germans?|british|english|europeans?|canadians?|australians?|scots?"
            + "|welsh|greeks?|turks?|turkish|kurds?|persians?|egyptians?|indonesians?|thais?|peruvians?|colombians?"
            + "|venezuelans?|chileans?|argentin(?:es?|ians?)|puerto|ricans?|dutch|swedes?|norwegians?|danes?|finns?"
            + "|czechs?|slovaks?|hungarians?|romanians?|bulgarians?|serbs?|croats?|bosnians?|albanians?|armenians?"
            + "|lebanese|jordanians?|saudis?|yemenis?|sudanese|kenyans?|ghanaians?|congolese|eritreans?|moroccans?"
            + "|algerians?|tunisians?|libyans?|nepalese|tibetans?|taiwanese|mongolians?|uyghurs?|tamils?|punjabis?"
            + "|gujaratis?|bengalis?|liberals?|conservatives?|republicans?|democrats?|leftists?|libtards?|commies?"
            + "|communists?|socialists?|left-?wing\\w*|right-?wing\\w*|wingnuts?|maga|antifa|bnp|supporters?"
            + "|people|peoples|folks?|kind|tribes?|tribal|communit(?:y|ies)|country|countries"
            + "|nations?|national\\w*|ghettos?|hood|thugs?|savages?|breed\\w*|vermin|subhuman|inbred"
            + ")\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * Whether {@code text} names an identity at all ({@link Frame#IDENTITY_ABSENT}). A long text is read one distinct
     * whitespace-separated token at a time: no alternative of the lexicon spans whitespace and whitespace is no word
     * character, so the answer is the same, and a huge repetitive text ("la " x 400,000) costs its distinct tokens, not
     * the lexicon's ~400 alternatives at each of its word boundaries.
     */
    static boolean namesIdentity(String text) {
        if (text.length() <= 2000) {
            return IDENTITY_NAMED.matcher(text).find();
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String token : WHITESPACE.split(text)) {
            if (!token.isEmpty() && seen.add(token) && IDENTITY_NAMED.matcher(token).find()) {
                return true;
            }
        }
        return false;
    }

    // ---- identity-mentions ----
    /** Identity words of {@link #IDENTITY} and more nationalities and communities, hyphenated forms included. */
    private static final String IDENTITY_MORE = "gay|lesbian|lesbians|bisexual|queer|trans|transgender|nonbinary"
            + "|non-binary|muslim|muslims|christian|christians|catholic|catholics|jewish|jews|hindu|sikh|buddhist|atheist"
            + "|mormon|evangelical|black|asian|latino|latina|latinx|hispanic|mexican|arab|palestinian|israeli|african"
            + "|native american|indigenous|korean|chinese|indian|puerto rican|nigerian|somali|immigrant|refugee|deaf|blind"
            + "|disabled|autistic|vietnamese|guatemalan|filipino|haitian|ethiopian|japanese|irish|italian|polish|ukrainian"
            + "|afghan|syrian|iraqi|iranian|pakistani|bangladeshi|cuban|dominican|salvadoran|honduran|brazilian|caribbean"
            + "|jamaican|lgbt|lgbtq|interfaith|hmong|cambodian|laotian|amish|quaker|lutheran|baptist|methodist"
            + "|presbyterian|episcopal|tribal|latine|immigration";
    private static final String INSULTING = "idiots?|morons?|stupid\\w*|dumb|ignorant|racists?|bigots?|liars?"
            + "|hypocrit\\w*|jackass\\w*|losers?|scumbags?|scum|fools?|foolish|clowns?|creatures?|demons?|windbags?"
            + "|hysterical|butthurt|pathetic|disgrac\\w*|evil|traitors?|thugs?|crooks?|pigs?|bull(?:y|ies|ying)|hateful"
            + "|nazis?|fascists?|commies?|lunatics?|nuts|crazy|sick|freaks?|perverts?|retard\\w*|backward|savages?"
            + "|uncivili[sz]ed|worthless|useless|vile|filthy|jerks?|bastards?|cowards?|animals?|morons?|imbeciles?"
            + "|brainless|clueless|incompetent|degenerates?|overrun|invad\\w*|shameful|hate|hates|hating|haters?";
    private static final String IDENTITY_TOKEN = "(?:" + IDENTITY_MORE + ")(?:-(?:american|born|owned|led|run|straight"
            + "|canadian|speaking|\\w+))?";
    /** Neutral nouns an identity word may describe without attacking anyone. */
    private static final String NEUTRAL_NOUN = "community|communities|center|centre|church|churches|parish|mosque"
            + "|synagogue|temple|congregation|caucus|alliance|club|association|society|council member|councilman"
            + "|councilwoman|student|students|doctor|doctors|nurse|nurses|teacher|teachers|pastor|rabbi|imam|priest"
            + "|couple|couples|family|families|owner|owners|businesses|business|veteran|veterans|voters|residents"
            + "|neighbors|neighbours|adults|husband|wife|son|daughter|mother|father|grandmother|grandfather|parents|kids"
            + "|children|firefighters|officers?|workers|drivers|farmers|restaurants?|grocery|bakery|market|festival"
            + "|heritage|history|culture|food|cooking|holiday|new year|pride|parade|leaders?|members?|advocates?"
            + "|groups?|organi[sz]ations?|immigrants|refugees|athletes?|players?|coach|artists?|musicians?|writers?"
            + "|authors?|neighborhood|neighbourhood|newspaper|radio|station|school|college|university|museum|cemetery"
            + "|foundation|charity|food bank|pantry|shelter|clinic|hospital|chamber|caucus|delegation|candidates?"
            + "|reform|policy|policies|law|laws|lawyer|attorney|court|judge|status|system|debate|bill|hearing|case"
            + "|enforcement|officials?|agents?|vets?|war veterans";
    private static final Pattern IDENTITY_DESCRIBES = Pattern.compile("\\b((?:" + IDENTITY_TOKEN + ")(?:(?:\\s*,\\s*|\\s+)"
            + "(?:and\\s+|or\\s+)?(?:" + IDENTITY_TOKEN + ")){0,3})\\s+(?:[\\w-]+\\s+)?(?:" + NEUTRAL_NOUN + ")\\b",
            Pattern.CASE_INSENSITIVE);
    /** "Being Mexican-American in this town ..." at the comment's start, with a first-person word in the comment. */
    private static final Pattern BEING = Pattern.compile("^\\s*being\\s+(?:an?\\s+)?((?:" + IDENTITY_TOKEN + ")(?:(?:\\s*,\\s*|\\s+)"
            + "(?:and\\s+|or\\s+)?(?:" + IDENTITY_TOKEN + ")){0,3})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern IDENTITY_TOKEN_WORD = Pattern.compile("\\b(?:" + IDENTITY_MORE + ")\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words of an attack on a group: with one anywhere in the comment, no identity word is excused. */
    private static final Pattern ATTACK = Pattern.compile("\\b(?:should|must|need to|needs to|go back|send (?:them|'em"
            + "|all)|sent back|deport\\w*|ban|banned|kick(?:ed)? out|get rid|don't belong|do not belong|doesn't belong"
            + "|invad\\w*|invasion|infest\\w*|breed\\w*|animals?|vermin|savages?|parasites?|cancer|plague|filth\\w*|dirty"
            + "|disgust\\w*|scum|trash|garbage|criminals?|terrorists?|rapists?|thugs?|illegals?|aliens?|welfare|lazy|stupid"
            + "|dumb|idiots?|morons?|hate|hates|inferior|subhuman|sick|perverts?|pedophiles?|paedophiles?|groomers?"
            + "|degenerates?|all of them|every (?:single )?one|these people|those people|their kind|you people|them all"
            + "|taking over|take over|replac\\w+|problem|problems|naturally|typical|wake up|they all|nothing but|drain"
            + "|mentally ill|abomination|sin|sinners|hell|burn|kill|shoot|die|dead|gas|camps?|ruin\\w*|destroy\\w*"
            + "|anchor babies|pop out|on our dime|our tax|brainwashed|superstitious|sheep|run every|own every|control"
            + "|controls|greedy|cheap|smell|stink\\w*|monkeys?|apes?|cockroach\\w*|roach\\w*|rats?|pigs?|dogs?|lice"
            + "|exterminat\\w*|cleanse|purge|crime|crimes|violent|dangerous|threat|only good|can't drive|cannot drive"
            + "|steal\\w*|stole|thieves|liars?|lying|cheat\\w*|fraud\\w*|freaks?|weirdos?|retard\\w*|" + INSULTING + ")\\b",
            Pattern.CASE_INSENSITIVE);
    /** Insults and contempt: a comment with one is not a plain description or a plain report of news. */
    private static final Pattern INSULT = Pattern.compile("(?:\\b(?:" + INSULTING + ")\\b|\\*\\*)", Pattern.CASE_INSENSITIVE);

    private static void identityMentions(String text, List<int[]> spans, List<String> with) {
        if (ATTACK.matcher(text).find() || INSULT.matcher(text).find() || OBSCENE.matcher(text).find()
                || SECOND_PERSON.matcher(text).find()) {
            return;
        }
        Matcher m = IDENTITY_DESCRIBES.matcher(text);
        while (m.find()) {
            maskIdentity(IDENTITY_TOKEN_WORD, text, m.start(1), m.end(1), spans, with);
        }
        Matcher b = BEING.matcher(text);
        if (b.find() && FIRST_PERSON.matcher(text).find()) {
            maskIdentity(IDENTITY_TOKEN_WORD, text, b.start(1), b.end(1), spans, with);
        }
    }

    // ---- news-of-violence ----
    /** What makes a sentence a report of violence: attribution, the justice system, casualties, the news' nouns. */
    private static final Pattern NEWS_VOICE = Pattern.compile("\\b(?:police|deputies|officers|troopers|the sheriff's"
            + "|prosecutors?|the jury|jurors|the judge|court documents|court records|according to|authorities"
            + "|investigators|witnesses|the coroner|medical examiner|sentenced|convicted|charged|pleaded|indicted"
            + "|arrested|suspects?|victims?|the gunman|the attacker|the shooter|the driver|the crash|crashes|collision"
            + "|the shooting|the stabbing|the bombing|the shelling|the attack|overdoses?|the war|the ministry"
            + "|officials said|(?:\\d+|two|three|four|five|six|several|many|dozens|hundreds|thousands)\\s+(?:\\w+\\s+)?"
            + "(?:were|was|have been|had been)\\s+(?:shot|stabbed|killed|injured|wounded|beaten|hurt)"
            + "|was (?:shot|stabbed|killed|beaten|assaulted|mauled|injured|wounded|robbed)"
            + "|were (?:shot|stabbed|killed|beaten|assaulted|mauled|injured|wounded|robbed))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VIOLENT_WORD = Pattern.compile("\\b(?:stab\\w*|shot|shoot\\w*|gunshots?|gunfire"
            + "|gunman|gunmen|guns?|kill\\w*|murder\\w*|beat|beaten|beating|strangl\\w*|assault\\w*|attack\\w*|knife"
            + "|knives|pipe|shovel|threaten\\w*|threats?|deaths?|dead|died|dies|die|dying|injur\\w*|wound\\w*|bomb\\w*"
            + "|shell\\w*|poison\\w*|maul\\w*|robb\\w*|rap(?:e|ed|ist)|violen\\w*|weapons?|fired|opened fire|overdos\\w*"
            + "|fatal\\w*|homicide|manslaughter|massacre\\w*|slain|slaying|arson|burned|torched|set (?:\\w+ )?on fire"
            + "|corpse|body|bodies|blood\\w*|bleeding|hurt|crash\\w*|collapse\\w*|suicide|hanged|lynch\\w*)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A sentence that calls for, wishes or endorses what it names is no report. */
    private static final Pattern CALL = Pattern.compile("\\b(?:should|must|ought|deserve\\w*|need to|needs to|let|hope"
            + "|hopefully|wish|do what|gotta|has to|have to|why not|good riddance|serves? (?:him|her|them) right)\\b",
            Pattern.CASE_INSENSITIVE);

    private static void newsOfViolence(String text, List<int[]> spans, List<String> with) {
        if (SECOND_PERSON.matcher(text).find() || INSULT.matcher(text).find() || OBSCENE.matcher(text).find()
                || ThreatCues.has(text, true, true, true)) {
            return;
        }
        // a sentence that calls for or endorses violence anywhere: the comment is no plain report
        for (String sentence : text.split("[.!?\\n]")) {
            if (CALL.matcher(sentence).find() && VIOLENT_WORD.matcher(sentence).find()) {
                return;
            }
        }
        int s = 0;
        while (s < text.length()) {
            int e = s;
            while (e < text.length() && ".!?\n".indexOf(text.charAt(e)) < 0) {
                e++;
            }
            String sentence = text.substring(s, e);
            if (NEWS_VOICE.matcher(sentence).find()) {
                Matcher v = VIOLENT_WORD.matcher(text).region(s, e);
                while (v.find()) {
                    spans.add(new int[]{v.start(), v.end()});
                    with.add(WORD_PLACEHOLDER);
                }
            }
            s = e + 1;
        }
    }

    // ---- figurative-violence ----
    private static final List<Pattern> FIGURES = List.of(
            Pattern.compile("\\b(dead)\\s+on\\s+arrival\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(shoot|shot|shooting|shoots)\\s+(?:myself|ourselves|themselves|himself|herself|itself"
                    + "|yourself|themself)\\s+in\\s+the\\s+foot\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bbury\\s+the\\s+(hatchet)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(slayed|slays|slay|slaying)\\b(?=\\s+(?:at|on|during|in|it|the (?:crowd|audience|room"
                    + "|stage|show|set|competition|contest))|\\s*[.!]|$)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b[A-Z][a-z]+s\\s+(murdered|killed|destroyed|crushed|slaughtered|massacred|demolished"
                    + "|hammered|annihilated|butchered|mauled|clobbered|pummel(?:l)?ed)\\s+the\\s+[A-Z][a-z]+"),
            Pattern.compile("\\b(?:got|get|were|was|been|getting)\\s+(?:absolutely\\s+|completely\\s+|totally\\s+|just\\s+)?"
                    + "(hammered|clobbered|trounced|shellacked|pummel(?:l)?ed|mauled|routed|smoked|demolished)\\b"
                    + "(?=[^.!?]{0,40}(?:\\d|game|match|half|quarter|inning|period|race|round|season|playoffs?|final"
                    + "|homecoming|tournament|polls?|election|primary))", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:calves|legs|feet|back|knees|muscles|ears|stomach|arms|shoulders|hamstrings|quads"
                    + "|thighs|lungs)\\s+(?:are|is|were|was)\\s+(?:still\\s+)?(screaming|dying|on fire|killing me)\\b",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(death)\\s*(?:blow|knell)\\b|\\b(deathblow)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(poison)\\s+pill\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:got|was|were|been|get|gets|getting)\\s+(shot)\\s+down\\s+(?:in|by|at|within|again"
                    + "|before|after|on)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(bloodbath|massacre)\\s+(?:of|in|at)\\s+(?:the\\s+)?(?:amendments|polls|markets?|stocks?"
                    + "|primary|primaries|budget|votes?|ratings|layoffs|cuts|tech)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:is|was|'s|are)\\s+(murder|hell|torture|brutal|a killer)\\s+on\\s+(?:commuters|drivers"
                    + "|my|our|the|your|small|local|families|renters|knees|feet|back)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:'d|would|could|i'd)\\s+(kill|murder)\\s+for\\s+(?:a|an|some|the|one)\\s+\\w+",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:slowly\\s+)?(killing|murdering)\\s+(?:my|our|the)\\s+(?:sleep|back|knees|budget|wallet"
                    + "|schedule|feet|social life|savings|weekend|mood|appetite)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:had|has|have|left)\\s+(?:us|me|everyone|the crowd|the room|the audience)\\s+"
                    + "(dying|in stitches|rolling|crying laughing|howling)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:plants?|tomatoes|roses|lawn|grass|garden|tree|trees|battery|phone|laptop|car|engine"
                    + "|printer)\\s+(?:are|is|were|was)\\s+(?:\\w+\\s+)?(dead|dying|killed)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(kill|kills|killing|killed|murder|murders|murdering|gut|guts|gutting|strangl\\w*"
                    + "|slaughter\\w*|choking|choke|chokes|bleeding|bleed)\\s+(?:(?:the|our|this|that|these|those|its"
                    + "|small|local|downtown|any|all|every|a)\\s+)?(?:\\w+\\s+)?(?:restaurants|retailers|growth|innovation"
                    + "|competition|tourism|ridership|economy|startups|middle class|small businesses|main street|nightlife"
                    + "|attendance|enrollment|turnout|morale|traffic|tax base|housing market|revenue)\\b",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:was|is|'s|a)\\s+(?:\\w+\\s+)?(knockout)\\b(?!\\s+(?:punch|blow|game))",
                    Pattern.CASE_INSENSITIVE));

    private static void figurativeViolence(String text, List<int[]> spans, List<String> with) {
        if (INSULT.matcher(text).find() || OBSCENE.matcher(text).find() || ThreatCues.has(text, true, true, true)) {
            return;
        }
        for (Pattern p : FIGURES) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.start(g) >= 0) {
                        spans.add(new int[]{m.start(g), m.end(g)});
                        with.add(WORD_PLACEHOLDER);
                        break;
                    }
                }
            }
        }
    }

    // ---- witnessed-abuse ----
    private static final String SAYING = "yelling|shouting|screaming|muttering|saying|insisting|chanting|hollering"
            + "|ranting|claiming|complaining";
    private static final String OBJECT = "(?:me|us|him|her|them|(?:my|our|his|her|their|the|a|an)\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+)";
    /** What follows "called the county" when nobody is called anything: "back", "for comment", "since September". */
    private static final String NOT_PARTICLE = "(?!(?:back|for|on|in|at|out|up|to|since|about|off|into|over|down|from"
            + "|with|and|or|but|after|before|during|when|if|because|again|today|yesterday|last|this|every|each|the same"
            + "|black|kettle"
            + "|a (?:meeting|press conference|vote|halt|timeout|time-out|strike|foul|play|penalty|special))\\b)";
    private static final List<Pattern> WITNESSED = List.of(
            // "a fan kept yelling that the ref was a blind idiot"
            Pattern.compile("\\b(?:kept|keeps|keep|started|starts|began|begins|was|were|went on|kept on|would|would keep)\\s+"
                    + "(?:on\\s+)?(?:" + SAYING + ")\\s+(?:at\\s+" + OBJECT + "\\s+)?(?:that\\s+)?"
                    + "((?:he|she|they|it|the|my|our|his|her|their|this|a|an|i|we|girls|boys|women|men|all)\\b[^.!?;\"“”\\n]{1,120})",
                    Pattern.CASE_INSENSITIVE),
            // "strangers messaged me that I was a moron", "screamed at my elderly father that he was a stupid old fool"
            Pattern.compile("\\b(?:messaged|emailed|e-mailed|texted|wrote|told|tweeted at|screamed at|yelled at|shouted at"
                    + "|hollered at|commented|replied|wrote to|wrote in to)\\s+" + OBJECT + "\\s+that\\s+"
                    + "([^.!?;\"“”\\n]{1,120})", Pattern.CASE_INSENSITIVE),
            // "was told by a boy in her class that girls are too dumb for math"
            Pattern.compile("\\b(?:was|were|been|being|got)\\s+told\\s+by\\s+(?:[\\w'-]+\\s+){1,6}?that\\s+"
                    + "([^.!?;\"“”\\n]{1,120})", Pattern.CASE_INSENSITIVE),
            // "told my wife she was 'too ugly to be out in public'"
            Pattern.compile("\\b(?:told|telling|tells)\\s+" + OBJECT + "\\s+(?:she|he|they|i|we)\\s+(?:was|were|is|are|looked"
                    + "|looks)\\s+(['\"“‘][^\\n]{1,100}?['\"”’]|[^.!?;\\n]{1,100})", Pattern.CASE_INSENSITIVE),
            // "the letter left on her windshield called her an ugly dyke", "calling her a worthless old hag"
            Pattern.compile("\\b(?:called|calling|calls|labeled|labelled|branded|dubbed)\\s+(?>her|him|them|me|us"
                    + "|(?:my|our|his|her|their|the)\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+)\\s+" + NOT_PARTICLE
                    + "((?:an?\\s+|the\\s+)?[^.!?;,\\n]{1,80})", Pattern.CASE_INSENSITIVE),
            // "graffiti on the synagogue wall included a swastika", "scratched a swastika into the slide"
            Pattern.compile("\\b(?:included|showed|featured|bore|depicted|scratched|keyed|carved|drew|painted"
                    + "|spray-painted|sprayed|scrawled|etched|left|taped)\\s+((?:an?|the|some|two|several)\\s+(?:[\\w-]+\\s+)?"
                    + "(?:swastikas?|slurs?|slogans?|epithets?|nooses?|words?|messages?|symbols?|graffiti|insults?|drawings?)"
                    + "(?:\\s+and\\s+(?:an?\\s+)?(?:[\\w-]+\\s+)?(?:swastikas?|slurs?|slogans?|epithets?|nooses?|symbols?"
                    + "|drawings?))?)", Pattern.CASE_INSENSITIVE),
            // "keyed the word 'traitor' into the mayor's car", "the note just said 'fat cow, learn to park'"
            Pattern.compile("\\b(?:the\\s+words?|just\\s+said|simply\\s+said|said\\s+only|read\\s+only|only\\s+said)\\s*:?\\s*"
                    + "(['\"“‘][^\\n]{1,100}?['\"”’])", Pattern.CASE_INSENSITIVE),
            // "taunting my neighbor's boy as 'retard'", "mocked him as a cripple"
            Pattern.compile("\\b(?:taunt\\w*|mock\\w*|ridicul\\w*|deriding|derided|insult\\w*|bull(?:y|ied|ying)|harass\\w*)"
                    + "\\s+(?:[\\w'-]+\\s+){1,4}?as\\s+((?:an?\\s+)?['\"“‘]?[^.!?;,\\n]{1,40})", Pattern.CASE_INSENSITIVE),
            // "compared her to a pig"
            Pattern.compile("\\bcompar(?:ed|ing|es)\\s+(?:her|him|them|me|us|(?:my|our|his|her|their|the)\\s+[\\w-]+)\\s+"
                    + "to\\s+((?:an?|the)\\s+(?:[\\w-]+\\s+)?[\\w-]+)", Pattern.CASE_INSENSITIVE),
            // "Quoting the candidate directly: \"My opponent is a crook and a liar.\""
            Pattern.compile("\\b(?:quoting|to quote|quote|in (?:his|her|their) (?:own )?words|verbatim|direct quote)"
                    + "[^:\\n]{0,40}:\\s*(\"[^\"\\n]{1,200}\"|“[^”\\n]{1,200}”|'[^'\\n]{1,200}')", Pattern.CASE_INSENSITIVE),
            // "Protesters shouted 'murderer' at the women", "routinely called the Black workers 'boy'"
            Pattern.compile("\\b(?:shouted|yelled|screamed|chanted|hurled|called|muttered|hissed|spat|calling)\\s+"
                    + "(?:" + OBJECT + "\\s+)?(\"[^\"\\n]{1,80}\"|“[^”\\n]{1,80}”|'[^'\\n]{1,80}')", Pattern.CASE_INSENSITIVE));
    /** The writer as the one who said it: "I kept telling him that ...", "we told them that ...". */
    private static final Pattern WRITER_BEFORE = Pattern.compile("\\b(?:i|we)\\s+(?:[\\w'’]+\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE);

    /** Words aimed at someone of the discussion (the piece's author, a commenter) are the writer's, quoted or not. */
    private static final Pattern PARTICIPANT = Pattern.compile("\\b(?:author|writer|columnist|editor|reporter"
            + "|journalist|poster|commenter|op-ed|this (?:article|piece|story|column|paper|blog|site))\\b",
            Pattern.CASE_INSENSITIVE);
    /** "the pot calling the kettle black" reports nobody's words. */
    private static final Pattern KETTLE = Pattern.compile("\\bpot call", Pattern.CASE_INSENSITIVE);

    private static void witnessedAbuse(String text, List<int[]> spans, List<String> with) {
        for (Pattern p : WITNESSED) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String words = m.group(1);
                String rest = text.substring(0, m.start(1)) + text.substring(m.end(1));
                if (SECOND_PERSON.matcher(words).find() || SECOND_PERSON.matcher(rest).find()
                        || PARTICIPANT.matcher(words).find()
                        || INSULT.matcher(rest).find() || OBSCENE.matcher(rest).find() || KETTLE.matcher(text).find()
                        || WRITER_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()) {
                    continue;
                }
                spans.add(new int[]{m.start(1), m.end(1)});
                with.add(ReportedSpeech.PLACEHOLDER);
            }
        }
    }

    /** The sentence around {@code at}: from after the last ".", "!", "?" or line break before it to the next one. */
    private static String sentenceOf(String text, int at) {
        int s = at;
        while (s > 0 && ".!?\n".indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        int e = at;
        while (e < text.length() && ".!?\n".indexOf(text.charAt(e)) < 0) {
            e++;
        }
        return text.substring(s, e);
    }

    /** Abuse reported in words {@link ReportedSpeech} leaves (see {@link Frame#REPORTED_ABUSE}). */
    private static void reported(String text, boolean afterReport, List<int[]> spans, List<String> with) {
        for (Pattern p : afterReport ? List.of(DESCRIBED, CONTINUED, THAT_CLAUSE) : List.of(DESCRIBED, THAT_CLAUSE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (SECOND_PERSON.matcher(m.group(1)).find() || WRITER.matcher(m.group()).find()) {
                    continue;
                }
                spans.add(new int[]{m.start(1), m.end(1)});
                with.add(ReportedSpeech.PLACEHOLDER);
            }
        }
    }

    /** The identity words of the writer's self-identification frames (see {@link Frame#SELF_IDENTIFICATION}). */
    private static void selfIdentified(String text, List<int[]> spans, List<String> with) {
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m = SELF.matcher(text);
        while (m.find()) {
            int end = phraseEnd(text, m.end());
            // the frame may open with the sentence's end before "Being": the sentence is the one after it
            int start = m.start() + (m.group().length() - m.group().replaceFirst("^[.!?\\s]+", "").length());
            if (!inFirstPersonSentence(lower, start, m.group())) {
                continue;
            }
            maskIdentity(IDENTITY_WORD, text, m.end(), end, spans, with);
        }
        Matcher h = HERE.matcher(text);
        while (h.find()) {
            maskIdentity(IDENTITY_WORD, text, h.start(1), h.end(1), spans, with);
        }
    }

    /** Masks each identity word that {@code words} finds between from and to (each frame has its own word list). */
    private static void maskIdentity(Pattern words, String text, int from, int to, List<int[]> spans, List<String> with) {
        Matcher w = words.matcher(text).region(from, to);
        while (w.find()) {
            spans.add(new int[]{w.start(), w.end()});
            with.add(IDENTITY_PLACEHOLDER);
        }
    }

    /** Where the frame's phrase ends: the clause's end, at most ten words on. */
    private static int phraseEnd(String text, int from) {
        Matcher e = CLAUSE_END.matcher(text).region(from, text.length());
        int end = e.find() ? e.start() : text.length();
        int words = 0;
        for (int i = from; i < end; i++) {
            if (Character.isWhitespace(text.charAt(i)) && ++words == 10) {
                return i;
            }
        }
        return end;
    }

    /**
     * Whether the frame speaks of the writer: "I'm ...", "my son is ...", or "As a ..." in a sentence with a
     * first-person word ("As a Muslim, you ..." speaks of the reader).
     */
    private static boolean inFirstPersonSentence(String lower, int start, String frame) {
        String f = frame.toLowerCase(Locale.ROOT).replaceFirst("^[.!?\\s]+", "");
        if (!(f.startsWith("as") || f.startsWith("speaking") || f.startsWith("writing") || f.startsWith("being"))) {
            return true;
        }
        int s = Math.max(Math.max(lower.lastIndexOf('.', start - 1), lower.lastIndexOf('!', start - 1)),
                lower.lastIndexOf('?', start - 1)) + 1;
        int e = lower.length();
        for (char c : new char[]{'.', '!', '?'}) {
            int i = lower.indexOf(c, start);
            if (i >= 0 && i < e) {
                e = i;
            }
        }
        return FIRST_PERSON.matcher(lower.substring(s, e)).find();
    }
}
