package dk.tilsyn.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;

import dk.tilsyn.concept.Answers;
import dk.tilsyn.concept.InstalledConcept;
import dk.tilsyn.concept.InstalledConcepts;
import dk.tilsyn.io.CaseFiles;
import dk.tilsyn.lang.tilsyn.Question;
import dk.tilsyn.lang.tilsyn.Stage;
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

	private final PrintStream out;
	private final PrintStream err;

	DemoCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(List<String> args) {
		Path folder = Path.of(orDefault(Options.take(args, "--out"), StoreLocations.dataFolder().resolve("demo").toString()));
		int size = Options.takeInt(args, "--cases", 400, 1, 1_000_000);
		String seed = orDefault(Options.take(args, "--seed"), "demo");
		String conceptId = orDefault(Options.take(args, "--concept"), "kk2018");
		Options.noMoreOptions(args);
		if (!args.isEmpty()) {
			throw new UsageException(Messages.demoUsage);
		}
		InstalledConcept concept = InstalledConcepts.byId(conceptId).orElseThrow(
				() -> new UsageException(NLS.bind(Messages.noSuchConcept, conceptId, InstalledConcepts.all())));
		Stage stage = concept.stage(STAGE).orElseThrow(
				() -> new UsageException(NLS.bind(Messages.conceptLacksStage, conceptId, STAGE)));

		recreate(folder);
		SyntheticPopulation population = new SyntheticPopulation(seed.hashCode());
		List<Case> cases = population.cases(size, LocalDate.of(2018, 7, 1), LocalDate.of(2018, 9, 30));
		CaseFiles.write(cases, folder);
		err.println(NLS.bind(Messages.demoPopulation, new Object[] { cases.size(), SyntheticPopulation.UNITS.size(), folder }));

		List<Unit> frame = cases.stream().map(c -> new Unit(c.getId(), STAGE, c.getUnit(), c.getCaseworker())).toList();
		List<Pick> sample = new StratifiedDraw(seed, ROUND, 1).draw(frame, Unit::caseworker, 1);
		err.println(NLS.bind(Messages.demoSample, new Object[] { sample.size(), frame.size(), seed, ROUND }));

		Random random = population.random("answers");
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
			err.println(NLS.bind(Messages.demoSaved, sample.size(), store.location()));
			ComplianceReport report = ComplianceReport.of(concept, store.reviews(concept.id()));
			Path csv = folder.resolve("compliance.csv");
			Files.writeString(csv, report.toCsv(), StandardCharsets.UTF_8);
			printTable(report);
			out.println(NLS.bind(Messages.demoResults, folder));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
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
			out.println("%-26s %-61s %4d %4d %4d %5s".formatted(row.questionId(), text, row.yes(), row.no(),
					row.notRelevant(), row.percent()));
		}
	}

	/** The demo's folder holds only demo output, so it is emptied before each run. */
	private static void recreate(Path folder) {
		try {
			if (Files.exists(folder)) {
				try (Stream<Path> old = Files.walk(folder)) {
					for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(p);
					}
				}
			}
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new UsageException(NLS.bind(Messages.cannotWrite, folder, e.getMessage()));
		}
	}

	private static String orDefault(String value, String defaultValue) {
		return value == null ? defaultValue : value;
	}
}
