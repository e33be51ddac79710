package io.parley.classification.stance.training;

import io.parley.classification.stance.StanceView;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small generated data set for {@code --quick}: it lets the train, save, load round trip run in the
 * default test suite without the shared data. The sentences are templates over a few topics, so the
 * model can learn them, but the figures mean nothing beyond "the pipeline works".
 */
final class QuickSample {

    private static final String[][] TOPICS = {
            {"nato", "alliance", "expansion", "members", "treaty", "eastern", "europe"},
            {"vaccine", "trial", "doses", "health", "virus", "hospital", "patients"},
            {"climate", "emissions", "carbon", "warming", "energy", "solar", "coal"},
            {"election", "votes", "ballots", "candidate", "campaign", "polls", "senate"},
            {"football", "match", "goal", "league", "coach", "season", "stadium"},
    };

    private QuickSample() {
    }

    static List<Example> generate(StanceView view, long seed, int n) {
        Random r = new Random(seed * 31 + view.ordinal());
        List<Example> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int topic = r.nextInt(TOPICS.length);
            String context = article(topic, r);
            String label = view.labels().get(r.nextInt(view.labels().size()));
            String text = switch (label) {
                case "agree", "support", "favor" -> "Yes, this is true and right: " + words(topic, r, 4) + " great.";
                case "disagree", "deny", "against" -> "This is fake, a hoax and lies, not true: " + words(topic, r, 4) + ".";
                case "discuss", "comment" -> "Reportedly the " + words(topic, r, 4) + " may be claimed.";
                case "query" -> "Is this " + words(topic, r, 3) + " really confirmed? Any source?";
                case "none" -> "Lovely weather and coffee today, " + words((topic + 1) % TOPICS.length, r, 2) + ".";
                default -> "My cat likes " + words((topic + 2) % TOPICS.length, r, 4) + " on sundays.";
            };
            String ctx = view == StanceView.TARGET ? TOPICS[topic][0] + " " + TOPICS[topic][2] : context;
            out.add(new Example(text, ctx, view == StanceView.PARENT ? ctx : null, label, "g" + topic));
        }
        return out;
    }

    private static String article(int topic, Random r) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < 4; s++) {
            sb.append("The ").append(words(topic, r, 5)).append(" were discussed today. ");
        }
        return sb.toString();
    }

    private static String words(int topic, Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(TOPICS[topic][r.nextInt(TOPICS[topic].length)]);
        }
        return sb.toString();
    }
}
