import io.parley.extraction.*;
import java.lang.management.*;
import java.nio.file.*;
import java.util.*;

/** Per-page thread CPU of extract over a list of pages, several rounds in one JVM; prints per-round sum and sum of per-page minima. */
public class XsBench {
    public static void main(String[] a) throws Exception {
        List<String> files = Files.readAllLines(Path.of(a[0]));
        int rounds = Integer.parseInt(a[1]);
        List<String> pages = new ArrayList<>();
        for (String f : files) pages.add(PageExtractors.decode(Files.readAllBytes(Path.of(f))));
        PageExtractor ex = PageExtractors.standard();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] min = new double[pages.size()];
        Arrays.fill(min, Double.MAX_VALUE);
        for (int r = 0; r < rounds; r++) {
            double sum = 0;
            for (int i = 0; i < pages.size(); i++) {
                long t0 = mx.getCurrentThreadCpuTime();
                try { ex.extract(pages.get(i), PageFormat.HTML, "2026-12-07T12:00:00Z"); } catch (RuntimeException e) { }
                double s = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
                sum += s; min[i] = Math.min(min[i], s);
            }
            System.out.printf(Locale.ROOT, "round %d %.3f%n", r, sum);
        }
        System.out.printf(Locale.ROOT, "minsum %.3f%n", Arrays.stream(min).sum());
    }
}
