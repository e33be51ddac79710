package io.parley.classification;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which Latin-script language a short comment is written in, by its function words. On a comment under 40 characters
 * the detector's character n-grams rarely find German, French or Spanish twice as likely as English ("Halt die Klappe,
 * du Arsch.", "Tu es un crétin.", "Eres un idiota." came out English and were scored, and published, by the English
 * model), but their pronouns, articles, auxiliaries and conjunctions name the language on a few words.
 *
 * <p>Each language has <em>strong</em> words, which are no English word, abbreviation or common name ("und", "nicht",
 * "vous", "eres", "você", "sono"), and <em>weak</em> ones, which English text also has now and then ("die", "le",
 * "de", "la", "un", "con", "no"): a language is taken only with a strong word and at least two of its words in all, and
 * with more of them than English function words, so "Le Pen will win", "De Blasio again?", "La La Land" and "Angela
 * Merkel und Macron" stay English.
 */
final class FunctionWords {

    private FunctionWords() {
    }

    private record Words(Set<String> strong, Set<String> weak) {
    }

    /** In the order a tie is settled when the detector's own guess is none of the tied languages. */
    private static final Map<String, Words> LANGUAGES = languages();

    private static Map<String, Words> languages() {
        Map<String, Words> m = new LinkedHashMap<>();
        m.put("deu", words("""
                ich du bist ist nicht und der das ein eine einen einem einer sie wir ihr sind seid auf für sich auch noch
                doch schon nur aber oder wie wenn dass daß kein keine keinen mein meine dein deine hast habe haben wird
                werden zu vom zum zur nach bei über jetzt sehr hier dieser diese dieses wer warum weil mir mich dich dir
                uns euch ihn ihm waren soll sollte kann können muss müssen nichts alle alles immer ganz gibt mal
                """, "die bin den des dem mit von hat war"));
        m.put("fra", words("""
                je tu es ils elles nous vous sont suis êtes sommes une ou où mais qui quoi cet cette ces avec
                dans très mes tes ses leur leurs aussi être avoir ça toi lui rien tous toute quel quelle que c'est qu'
                j'
                """, "il elle et aux le la les de des du en un est ce ma ta mon ton pour moi ne pas tout on"
                + " se sa au sur d' l' n' s' c' m' t'"));
        m.put("spa", words("""
                eres es soy somos estoy estás está están una unos unas que qué muy pero como cómo esto este esta eso ese
                esa más también usted ustedes cuando porque nadie tienes tiene tengo sabe sabes puede contigo conmigo mí
                tú tu vete
                """, "el la de lo los las un ya hay todo nada del su sus nos y me te mi se en no con sin al ni"));
        m.put("ita", words("""
                sono sei siamo siete è gli della dello delle degli nel nella nello sulla dalla che questo questa questi
                quello quella molto anche più noi voi hai abbiamo hanno niente tutto tutti perché cosa vai tu dell'
                nell' all' dall' sull' un'
                """, "il la di da un non per ma ho lei io mi ti si ci vi ne come l' d'"));
        m.put("por", words("""
                você vocês não é uma que muito muita isso isto esse essa este esta ele ela nós seu sua são sou estou tem
                tenho vai pra tá tu
                """, "um os com eu dos das do da na no em ao mas nada"));
        m.put("nld", words("""
                ik jij je het een niet wij zijn voor maar ook nog dit deze wie waarom omdat jullie geen mijn jouw onze
                allemaal gewoon naar kan moet wordt heeft hebben
                """, "de en van te op er ze dan met zo is dat wat hoe heel hun bent"));
        return m;
    }

    private static Words words(String strong, String weak) {
        return new Words(Set.of(strong.strip().split("\\s+")), Set.of(weak.strip().split("\\s+")));
    }

    /** A word, with an elided article or pronoun kept on it ("d'accord", "l'articolo", "c'est"). */
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['\u2019]\\p{L}+)*");
    /** The elided head of a word ("qu'" of "qu'il", "dell'" of "dell'autore"). */
    private static final Pattern ELIDED = Pattern.compile("^(\\p{L}{1,4}')\\p{L}");

    /**
     * The language whose function words the text has, when it is not English by its own ({@code english}: how many
     * English function words it has); null when none qualifies. The detector's guess settles a tie (asked only then).
     */
    static String language(String text, int english, java.util.function.Supplier<String> detectorGuess) {
        Map<String, Integer> strong = new HashMap<>();
        Map<String, Integer> all = new HashMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            Matcher elided = ELIDED.matcher(word);
            List<String> forms = elided.find() ? List.of(word, elided.group(1)) : List.of(word);
            LANGUAGES.forEach((language, words) -> {
                for (String form : forms) {
                    if (words.strong().contains(form)) {
                        strong.merge(language, 1, Integer::sum);
                        all.merge(language, 1, Integer::sum);
                        return;
                    }
                    if (words.weak().contains(form)) {
                        all.merge(language, 1, Integer::sum);
                        return;
                    }
                }
            });
        }
        int best = 0;
        List<String> tied = new java.util.ArrayList<>();
        for (String language : LANGUAGES.keySet()) {
            int n = all.getOrDefault(language, 0);
            if (strong.getOrDefault(language, 0) < 1 || n < 2 || n <= english) {
                continue;
            }
            if (n > best) {
                best = n;
                tied.clear();
            }
            if (n == best) {
                tied.add(language);
            }
        }
        if (tied.isEmpty()) {
            return null;
        }
        if (tied.size() == 1) {
            return tied.get(0);
        }
        String guess = detectorGuess.get();
        return tied.contains(guess) ? guess : tied.get(0);
    }
}
