import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import dk.tilsyn.concept.kk2018.Kk2018Concept;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.sampling.Frame;
import dk.tilsyn.sampling.LevelSample;
import dk.tilsyn.sampling.ModelSpec;
import dk.tilsyn.sampling.Pick;
import dk.tilsyn.sampling.Sampler;
import dk.tilsyn.sampling.Unit;
import dk.tilsyn.sampling.concept.ConceptSampling;

/**
 * Drawing every level of Model 1 and Model 3 (as the reference concept kk2018 declares them)
 * from a frame of a million units, against merely reading the frame file (the floor).
 * {@code generate FILE N} writes a frame; {@code run FILE OUT_DIR} times and writes the
 * samples for the comparison with PostgreSQL; prints "key value" lines.
 */
public class SamplingBenchmark {
	static final String SEED = "bench";
	static final String ROUND = "2018Q3";
	static final String[] UNITS = { "Amager", "Bispebjerg", "Indre By", "Nørrebro", "Valby", "Vesterbro" };

	public static void main(String[] args) throws Exception {
		if (args[0].equals("generate")) {
			generate(Path.of(args[1]), Integer.parseInt(args[2]));
			return;
		}
		Path file = Path.of(args[1]);
		Path outDir = Path.of(args[2]);
		Concept concept = new Kk2018Concept().model();
		ModelSpec model1 = ConceptSampling.spec(ConceptSampling.model(concept, "model1").orElseThrow(), concept.getVersion());
		ModelSpec model3 = ConceptSampling.spec(ConceptSampling.model(concept, "model3").orElseThrow(), concept.getVersion());
		int runs = 5;
		long read = Long.MAX_VALUE;
		long draw1 = Long.MAX_VALUE;
		long draw3 = Long.MAX_VALUE;
		long total1 = Long.MAX_VALUE;
		long total3 = Long.MAX_VALUE;
		Sampler.Drawn last1 = null;
		Sampler.Drawn last3 = null;
		int size = 0;
		for (int run = 0; run < runs; run++) {
			System.gc(); // the previous run's garbage is not this run's time
			long t0 = System.nanoTime();
			List<Unit> units = read(file);
			long t1 = System.nanoTime();
			last1 = Sampler.drawLevels(model1, Frame.of(units), SEED, ROUND);
			long t2 = System.nanoTime();
			last3 = Sampler.drawLevels(model3, Frame.of(units), SEED, ROUND);
			long t3 = System.nanoTime();
			size = units.size();
			read = Math.min(read, t1 - t0);
			draw1 = Math.min(draw1, t2 - t1);
			draw3 = Math.min(draw3, t3 - t2);
			total1 = Math.min(total1, (t1 - t0) + (t2 - t1));
			total3 = Math.min(total3, (t1 - t0) + (t3 - t2));
		}
		write(last1, outDir.resolve("java-model1.txt"));
		write(last3, outDir.resolve("java-model3.txt"));
		System.out.println("units " + size);
		System.out.println("read_ms " + ms(read));
		System.out.println("draw_model1_ms " + ms(draw1));
		System.out.println("total_model1_ms " + ms(total1));
		System.out.println("draw_model3_ms " + ms(draw3));
		System.out.println("total_model3_ms " + ms(total3));
		System.out.println("picked_model1 " + last1.levels().stream().mapToInt(l -> l.picks().size()).sum());
		System.out.println("picked_model3 " + last3.levels().stream().mapToInt(l -> l.picks().size()).sum());
	}

	static String ms(long nanos) {
		return String.format(java.util.Locale.ROOT, "%.0f", nanos / 1e6);
	}

	/**
	 * The floor: the frame file's lines into units. Columns with few values (stage, unit,
	 * caseworker, flags) share one String / Set per value, as any reader of a big file does.
	 */
	static List<Unit> read(Path file) throws IOException {
		List<Unit> units = new ArrayList<>(1 << 20);
		Map<String, String> strings = new HashMap<>();
		Map<String, Set<String>> flagSets = new HashMap<>();
		Map<String, LocalDate> dates = new HashMap<>();
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			in.readLine(); // header
			String line;
			while ((line = in.readLine()) != null) {
				int a = line.indexOf(',');
				int b = line.indexOf(',', a + 1);
				int c = line.indexOf(',', b + 1);
				int d = line.indexOf(',', c + 1);
				int e = line.indexOf(',', d + 1);
				String flags = line.substring(e + 1);
				units.add(new Unit(line.substring(0, a), strings.computeIfAbsent(line.substring(a + 1, b), x -> x),
						strings.computeIfAbsent(line.substring(b + 1, c), x -> x),
						strings.computeIfAbsent(line.substring(c + 1, d), x -> x),
						dates.computeIfAbsent(line.substring(d + 1, e), LocalDate::parse),
						flagSets.computeIfAbsent(flags, x -> x.isEmpty() ? Set.of() : Set.of(x.split(";")))));
			}
		}
		return units;
	}

	/** level,case_id,stage sorted, to compare with PostgreSQL's answer. */
	static void write(Sampler.Drawn drawn, Path file) throws IOException {
		TreeSet<String> rows = new TreeSet<>();
		for (LevelSample level : drawn.levels()) {
			for (Pick p : level.picks()) {
				rows.add(level.level() + "," + p.unit().caseId() + "," + p.unit().stage() + "," + p.rank());
			}
		}
		Files.write(file, rows, StandardCharsets.UTF_8);
	}

	/**
	 * A frame shaped like a level-1 frame of Copenhagen's (stage shares of the synthetic
	 * population), a million units: six units of 37 caseworkers and Døgnvagten with 6.
	 */
	static void generate(Path file, int n) throws IOException {
		SplittableRandom random = new SplittableRandom(2018);
		String[] stages = { "underretning", "undersoegelse", "handleplan_anbringelse", "handleplan_forebyggende",
				"opfoelgning_anbringelse", "opfoelgning_forebyggende" };
		int[] shares = { 46, 21, 8, 9, 7, 9 };
		LocalDate from = LocalDate.of(2018, 7, 1);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("case_id,stage,unit,caseworker,completed,flags\n");
			for (int i = 0; i < n; i++) {
				int roll = random.nextInt(100);
				int s = 0;
				while (roll >= shares[s]) {
					roll -= shares[s];
					s++;
				}
				boolean doegnvagten = random.nextInt(100) < 3;
				int u = random.nextInt(UNITS.length);
				String unit = doegnvagten ? "Døgnvagten" : UNITS[u];
				String caseworker = doegnvagten ? "DV%02d".formatted(random.nextInt(6) + 1)
						: "SB%d%02d".formatted(u + 1, random.nextInt(37) + 1);
				StringBuilder flags = new StringBuilder();
				if (stages[s].startsWith("handleplan")) {
					if (random.nextInt(100) < 30) {
						flags.append("sikkerhedsplan");
					}
					if (random.nextInt(100) < 30) {
						flags.append(flags.isEmpty() ? "" : ";").append("korte_snor");
					}
				}
				out.write("S-%07d,%s,%s,%s,%s,%s\n".formatted(i + 1, stages[s], unit, caseworker,
						from.plusDays(random.nextInt(92)), flags));
			}
		}
	}
}
