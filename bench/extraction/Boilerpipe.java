import de.l3s.boilerpipe.extractors.ArticleExtractor;
import de.l3s.boilerpipe.extractors.DefaultExtractor;
import de.l3s.boilerpipe.extractors.ExtractorBase;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Baseline: boilerpipe's ArticleExtractor (or, with -Dboilerpipe.extractor=default, its DefaultExtractor) over the same
 * pages; writes <id>.txt and prints pages/s (extraction only).
 */
public class Boilerpipe {
    public static void main(String[] args) throws Exception {
        Path html = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        List<String> ids = Files.readAllLines(Path.of(args[2]));
        List<String> pages = new ArrayList<>();
        for (String id : ids) {
            byte[] b = Files.readAllBytes(html.resolve(id + ".html"));
            String s;
            try {
                s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(b)).toString();
            } catch (Exception e) {
                s = new String(b, Charset.forName("windows-1252"));
            }
            pages.add(s);
        }
        ExtractorBase extractor = "default".equals(System.getProperty("boilerpipe.extractor"))
                ? DefaultExtractor.INSTANCE : ArticleExtractor.INSTANCE;
        int repeat = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        long nanos = 0;
        int failed = 0;
        for (int k = 0; k < repeat * ids.size(); k++) {
            int i = k % ids.size();
            String text;
            long t = System.nanoTime();
            try {
                text = extractor.getText(pages.get(i));
            } catch (Exception e) {
                text = "";
                failed++;
            }
            nanos += System.nanoTime() - t;
            Files.writeString(out.resolve(ids.get(i) + ".txt"), text);
        }
        int n = repeat * ids.size();
        System.out.printf("boilerpipe %d pages %.3f s %.1f pages/s failed %d%n", n, nanos / 1e9, n / (nanos / 1e9), failed);
    }
}
