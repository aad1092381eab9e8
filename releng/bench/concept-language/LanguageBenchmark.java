import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Injector;

import dk.tilsyn.lang.TilsynStandaloneSetup;
import dk.tilsyn.lang.json.ConceptJson;

/**
 * Parse + link + validate of concepts (issue 3's goals): the reference concept kk2018 with its
 * library, and generated concepts of 1k, 10k and 100k questions. Baseline in the same run:
 * reading the same concepts' JSON export with Jackson. Prints a Markdown report.
 *
 * Usage: java -cp "PRODUCT/plugins/*" LanguageBenchmark.java CONCEPT_DIR WORK_DIR
 */
public class LanguageBenchmark {
	static Injector injector;
	static final ObjectMapper JACKSON = new ObjectMapper();

	public static void main(String[] args) throws Exception {
		Path conceptDir = Path.of(args[0]);
		Path work = Path.of(args[1]);
		Files.createDirectories(work);
		injector = new TilsynStandaloneSetup().createInjectorAndDoEMFRegistration();
		StringBuilder report = new StringBuilder();
		report.append("| concept | questions | text KiB | parse+link+validate ms (median) | Jackson reads JSON ms (median) | ratio |\n");
		report.append("|---|---:|---:|---:|---:|---:|\n");

		List<Path> reference = List.of(conceptDir.resolve("kk2018.tilsyn"), conceptDir.resolve("lovgrundlag.tilsyn"));
		row(report, "kk2018 + lovgrundlag (reference, warm)", 79, reference, 30, 100);

		int[] sizes = { 1_000, 10_000, 100_000 };
		double[] millis = new double[sizes.length];
		int[][] runs = { { 10, 20 }, { 3, 7 }, { 1, 3 } };
		for (int i = 0; i < sizes.length; i++) {
			Path file = work.resolve("generated-" + sizes[i] + ".tilsyn");
			Files.writeString(file, generate(sizes[i]));
			millis[i] = row(report, "generated", sizes[i], List.of(file), runs[i][0], runs[i][1]);
		}
		breakdown(report, work.resolve("generated-10000.tilsyn"));
		double exponent = fit(sizes, millis);
		report.append("\nFitted exponent of time over questions (least squares on log–log, 1k–100k): **")
				.append(String.format("%.2f", exponent)).append("** (1.00 = linear).\n");
		System.out.print(report);
	}

	/** Measures one concept; returns the median parse+link+validate time in ms. */
	static double row(StringBuilder report, String name, int questions, List<Path> files, int warmup, int measured)
			throws Exception {
		byte[][] texts = new byte[files.size()][];
		long bytes = 0;
		for (int i = 0; i < files.size(); i++) {
			texts[i] = Files.readAllBytes(files.get(i));
			bytes += texts[i].length;
		}
		List<byte[]> json = new ArrayList<>();
		for (Resource r : check(files, texts)) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ConceptJson.write(r.getContents().get(0), out);
			json.add(out.toByteArray());
		}
		for (int i = 0; i < warmup; i++) {
			check(files, texts);
			readJson(json);
		}
		double[] dsl = new double[measured];
		double[] baseline = new double[measured];
		for (int i = 0; i < measured; i++) {
			long t0 = System.nanoTime();
			check(files, texts);
			long t1 = System.nanoTime();
			readJson(json);
			long t2 = System.nanoTime();
			dsl[i] = (t1 - t0) / 1e6;
			baseline[i] = (t2 - t1) / 1e6;
		}
		double d = median(dsl);
		double b = median(baseline);
		report.append(String.format("| %s | %d | %d | %.1f | %.1f | %.1f |%n", name, questions, bytes / 1024, d, b, d / b));
		return d;
	}

	/** Where the time of one 10k-question concept goes: parsing, linking, checking. */
	static void breakdown(StringBuilder report, Path file) throws Exception {
		byte[] text = Files.readAllBytes(file);
		double[][] t = new double[3][7];
		for (int i = -3; i < 7; i++) {
			XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
			Resource r = set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
			long t0 = System.nanoTime();
			r.load(new ByteArrayInputStream(text), Map.of());
			long t1 = System.nanoTime();
			EcoreUtil.resolveAll(set);
			long t2 = System.nanoTime();
			XtextResource x = (XtextResource) r;
			x.getResourceServiceProvider().getResourceValidator().validate(x, CheckMode.ALL, CancelIndicator.NullImpl);
			long t3 = System.nanoTime();
			if (i >= 0) {
				t[0][i] = (t1 - t0) / 1e6;
				t[1][i] = (t2 - t1) / 1e6;
				t[2][i] = (t3 - t2) / 1e6;
			}
		}
		report.append(String.format(
				"%nWhere the 10k-question time goes (median ms): parse %.1f, link %.1f, check %.1f.%n",
				median(t[0]), median(t[1]), median(t[2])));
	}

	/** Parses, links and validates the files as one set; fails loudly on any error. */
	static List<Resource> check(List<Path> files, byte[][] texts) throws Exception {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		List<Resource> resources = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			Resource r = set.createResource(URI.createFileURI(files.get(i).toAbsolutePath().toString()));
			r.load(new ByteArrayInputStream(texts[i]), Map.of());
			resources.add(r);
		}
		EcoreUtil.resolveAll(set);
		for (Resource r : resources) {
			XtextResource x = (XtextResource) r;
			var issues = x.getResourceServiceProvider().getResourceValidator().validate(x, CheckMode.ALL,
					CancelIndicator.NullImpl);
			if (!issues.isEmpty()) {
				throw new IllegalStateException(r.getURI() + ": " + issues.subList(0, Math.min(3, issues.size())));
			}
		}
		return resources;
	}

	static void readJson(List<byte[]> json) throws Exception {
		for (byte[] bytes : json) {
			JACKSON.readTree(bytes);
		}
	}

	/** A concept shaped like the reference: stages of 100 questions, conditions, law references, rules. */
	static String generate(int questions) {
		StringBuilder s = new StringBuilder("koncept syntetisk \"Syntetisk koncept\"\nversion \"1\"\n\n");
		s.append("lov SEL \"Serviceloven\" gyldig til 2023-12-31\nlov BL \"Barnets Lov\" gyldig fra 2024-01-01\n");
		s.append("hændelse modtaget \"Modtaget\" tidspunkt\nhændelse vurderet \"Vurderet\" tidspunkt\n");
		s.append("hændelse besluttet \"Besluttet\" dato\nhændelse afsluttet \"Afsluttet\" dato\n");
		s.append("flag risiko \"Risiko\"\ntema inddragelse \"Inddragelse\"\n");
		for (int stage = 0; stage * 100 < questions; stage++) {
			s.append("\nregel r").append(stage).append(" \"Regel ").append(stage).append("\" {\n")
					.append("\tSEL § 50 stk. 7: fra besluttet til afsluttet inden 4 måneder afrundet ned\n")
					.append("\tBL § 20 stk. 3: fra besluttet til afsluttet inden 4 måneder afrundet ned\n}\n");
			s.append("\nsagstrin s").append(stage).append(" \"Sagstrin ").append(stage)
					.append("\" afsluttes af afsluttet {\n");
			for (int q = stage * 100; q < Math.min(questions, stage * 100 + 100); q++) {
				s.append("\tspørgsmål q").append(q).append(" \"Er krav nummer ").append(q).append(" opfyldt?\"\n");
				if (q % 3 == 1) {
					s.append("\t\thvis q").append(q - 1).append(" = nej\n");
				} else if (q % 7 == 2) {
					s.append("\t\thvis alder >= 12 og q").append(q - 2).append(" = ja\n");
				}
				if (q % 5 == 0) {
					s.append("\t\tjf. SEL § 50, stk. 7\n\t\ttema inddragelse\n");
				}
				if (q % 100 == 0) {
					s.append("\t\tfrist r").append(stage).append('\n');
				}
			}
			s.append("}\n");
		}
		return s.toString();
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
				: (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
	}

	static double fit(int[] n, double[] t) {
		double mx = 0, my = 0;
		for (int i = 0; i < n.length; i++) {
			mx += Math.log(n[i]);
			my += Math.log(t[i]);
		}
		mx /= n.length;
		my /= n.length;
		double num = 0, den = 0;
		for (int i = 0; i < n.length; i++) {
			num += (Math.log(n[i]) - mx) * (Math.log(t[i]) - my);
			den += (Math.log(n[i]) - mx) * (Math.log(n[i]) - mx);
		}
		return num / den;
	}
}
