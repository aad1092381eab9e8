package dk.tilsyn.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;

import dk.tilsyn.concept.Answers;
import dk.tilsyn.concept.InstalledConcept;
import dk.tilsyn.concept.InstalledConcepts;
import dk.tilsyn.io.CaseFiles;
import dk.tilsyn.model.concept.Question;
import dk.tilsyn.model.concept.Stage;
import dk.tilsyn.model.Answer;
import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.CaseEvent;
import dk.tilsyn.model.Review;
import dk.tilsyn.model.ReviewFactory;
import dk.tilsyn.model.ReviewStatus;
import dk.tilsyn.population.SyntheticPopulation;
import dk.tilsyn.report.ComplianceReport;
import dk.tilsyn.report.QuestionCompliance;
import dk.tilsyn.sampling.Pick;
import dk.tilsyn.sampling.StratifiedDraw;
import dk.tilsyn.sampling.Unit;
import dk.tilsyn.store.ReviewStore;
import dk.tilsyn.store.StoreLocations;

/**
 * {@code tilsyn demo}: end to end on an embedded store with a synthetic population: the
 * population is written as case files, level 1 draws one case per caseworker, reviews are
 * filled in (the 24-hour question from the case dates, the rest at random, follow-up questions
 * only when asked), validated, saved, and reported.
 */
final class DemoCommand {
	private static final String ROUND = "DEMO";
	private static final String STAGE = "underretning";

	/** H2's files of the demo's store, which may appear after the demo wrote its folder. */
	private static final Set<String> STORE_FILES = Set.of("tilsyn.mv.db", "tilsyn.trace.db", "tilsyn.lock.db");
	/** What the demo wrote before its folder had a manifest. */
	private static final Set<String> LEGACY_FILES = Set.of("cases.csv", "events.csv", "compliance.csv", "tilsyn.mv.db",
			"tilsyn.trace.db", "tilsyn.lock.db");

	private final PrintStream out;
	private final PrintStream err;

	DemoCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(List<String> args) {
		String outArg = Options.take(args, "--out");
		int size = Options.takeInt(args, "--cases", 400, 1, 1_000_000);
		String seed = orDefault(Options.take(args, "--seed"), "demo");
		String conceptId = orDefault(Options.take(args, "--concept"), "kk2018");
		Options.noMoreOptions(args);
		if (!args.isEmpty()) {
			throw UsageException.usage(Messages.demoUsage);
		}
		InstalledConcept concept = InstalledConcepts.byId(conceptId).orElseThrow(
				() -> new UsageException(NLS.bind(Messages.noSuchConcept, conceptId, InstalledConcepts.all())));
		Stage stage = concept.stage(STAGE).orElseThrow(
				() -> new UsageException(NLS.bind(Messages.conceptLacksStage, conceptId, STAGE)));

		// the default folder may hold an earlier version's output, written without a manifest
		Path target = outArg == null ? StoreLocations.dataFolder().resolve("demo") : Path.of(outArg);
		try (OutputFolder output = OutputFolder.prepare(target, "demo", STORE_FILES,
				outArg == null ? LEGACY_FILES : Set.of())) {
			Path folder = output.staging();
			Path shown = output.target(); // where the results will be, for the messages
			SyntheticPopulation population = new SyntheticPopulation(seed.hashCode());
			List<Case> cases = population.cases(size, LocalDate.of(2018, 7, 1), LocalDate.of(2018, 9, 30));
			try {
				CaseFiles.write(cases, folder);
			} catch (UncheckedIOException e) {
				throw new UsageException(NLS.bind(Messages.cannotWriteFolder, shown, OutputFolder.reason(e.getCause())));
			}
			err.println(NLS.bind(Messages.demoPopulation, new Object[] {
					Text.count(cases.size(), Messages.syntheticCases),
					Text.count(SyntheticPopulation.UNITS.size(), Messages.units), shown }));

			List<Unit> frame = cases.stream().map(c -> new Unit(c.getId(), STAGE, c.getUnit(), c.getCaseworker()))
					.toList();
			List<Pick> sample = new StratifiedDraw(seed, ROUND, 1).draw(frame, Unit::caseworker, 1);
			err.println(NLS.bind(Messages.demoSample,
					new Object[] { sample.size(), Text.count(frame.size(), Messages.units), seed, ROUND }));

			Random random = population.random("answers");
			ComplianceReport report;
			try (ReviewStore store = ReviewStore.open(StoreLocations.embeddedUrl(folder.resolve("tilsyn")))) {
				for (Pick pick : sample) {
					Case c = cases.stream().filter(x -> x.getId().equals(pick.unit().caseId())).findFirst().orElseThrow();
					Review review = fill(concept, stage, c, random);
					Diagnostic check = concept.validator().validate(review);
					if (check.getSeverity() == Diagnostic.ERROR) {
						throw new IllegalStateException("demo review rejected: " + check.getChildren());
					}
					store.save(review);
				}
				report = ComplianceReport.of(concept, store.reviews(concept.id()));
			}
			try {
				Files.writeString(folder.resolve("compliance.csv"), report.toCsv(), StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new UsageException(NLS.bind(Messages.cannotWriteFolder, shown, OutputFolder.reason(e)));
			}
			output.commit();
			err.println(NLS.bind(Messages.demoSaved, Text.count(sample.size(), Messages.reviews),
					shown.resolve("tilsyn.mv.db")));
			printTable(report);
			out.println(Text.escape(NLS.bind(Messages.demoResults, shown)));
		}
		return Cli.OK;
	}

	private static Review fill(InstalledConcept concept, Stage stage, Case c, Random random) {
		Review review = ReviewFactory.eINSTANCE.createReview();
		review.setConceptId(concept.id());
		review.setCaseId(c.getId());
		review.setStage(stage.getName());
		review.setLevel(1);
		review.setReviewer("demo");
		review.setStatus(ReviewStatus.SUBMITTED);
		for (Question question : stage.getQuestions()) {
			if (!concept.validator().isAsked(question.getName(), Answers.of(review))) {
				continue;
			}
			boolean within24Hours = question.getRule() != null && question.getRule().getName().equals("underretning_24t");
			AnswerValue value = within24Hours ? within24Hours(c) : randomAnswer(random);
			Answer answer = ReviewFactory.eINSTANCE.createAnswer();
			answer.setQuestionId(question.getName());
			answer.setValue(value);
			review.getAnswers().add(answer);
		}
		return review;
	}

	/** The case dates answer the 24-hour question (the deadline engine will do this properly). */
	private static AnswerValue within24Hours(Case c) {
		CaseEvent received = event(c, "underretning_modtaget");
		CaseEvent assessed = event(c, "underretning_vurderet");
		Duration taken = Duration.between(received.getDate().atTime(received.getTime()),
				assessed.getDate().atTime(assessed.getTime()));
		return taken.compareTo(Duration.ofHours(24)) <= 0 ? AnswerValue.YES : AnswerValue.NO;
	}

	private static CaseEvent event(Case c, String name) {
		return c.getEvents().stream().filter(e -> e.getName().equals(name)).findFirst().orElseThrow();
	}

	private static AnswerValue randomAnswer(Random random) {
		int roll = random.nextInt(100);
		return roll < 75 ? AnswerValue.YES : roll < 93 ? AnswerValue.NO : AnswerValue.NOT_RELEVANT;
	}

	private void printTable(ComplianceReport report) {
		out.println(Messages.demoTableHeader);
		for (QuestionCompliance row : report.rows()) {
			String text = row.text().length() > 60 ? row.text().substring(0, 59) + "…" : row.text();
			out.println(Text.escape("%-26s %-61s %4d %4d %4d %5s".formatted(row.questionId(), text, row.yes(),
					row.no(), row.notRelevant(), row.percent())));
		}
	}

	private static String orDefault(String value, String defaultValue) {
		return value == null ? defaultValue : value;
	}
}
