package dk.tilsyn.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dk.tilsyn.model.Answer;
import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.CaseEvent;
import dk.tilsyn.model.Review;
import dk.tilsyn.model.ReviewFactory;
import dk.tilsyn.model.ReviewStatus;
import dk.tilsyn.model.Round;
import dk.tilsyn.model.RoundStatus;
import dk.tilsyn.model.Sample;
import dk.tilsyn.model.SampledUnit;
import dk.tilsyn.store.AnswerChange;
import dk.tilsyn.store.ImportResult;
import dk.tilsyn.store.Principal;
import dk.tilsyn.store.ReviewStore;
import dk.tilsyn.store.ReviewStore.RoundStatusChange;
import dk.tilsyn.store.StoreAccessException;
import dk.tilsyn.store.StoreConflictException;
import dk.tilsyn.store.StoreException;
import dk.tilsyn.store.StoreStatus;

/** What every store does, run against the embedded H2 store and a real PostgreSQL. */
class StoreContractTest {
	private static final Principal ADMIN = Principal.administrator("admin");

	@TempDir
	Path folder;

	static Case aCase(String id, String unit, String... events) {
		Case c = ReviewFactory.eINSTANCE.createCase();
		c.setId(id);
		c.setUnit(unit);
		c.setCaseworker("SB" + id);
		c.setBirthDate(LocalDate.of(2010, 1, 2));
		for (int i = 0; i < events.length; i++) {
			CaseEvent e = ReviewFactory.eINSTANCE.createCaseEvent();
			e.setName(events[i]);
			e.setDate(LocalDate.of(2018, 3, 1 + i));
			e.setTime(i % 2 == 0 ? LocalTime.of(9, 30) : null);
			e.setValue(i == 0 ? "anbringelse" : null);
			c.getEvents().add(e);
		}
		return c;
	}

	static Review review(String caseId, int level, String reviewer) {
		Review review = ReviewFactory.eINSTANCE.createReview();
		review.setConceptId("kk2018");
		review.setCaseId(caseId);
		review.setStage("underretning");
		review.setLevel(level);
		review.setReviewer(reviewer);
		return review;
	}

	static void answer(Review review, String questionId, AnswerValue value, String comment) {
		review.getAnswers().removeIf(a -> a.getQuestionId().equals(questionId));
		var answer = ReviewFactory.eINSTANCE.createAnswer();
		answer.setQuestionId(questionId);
		if (value != null) {
			answer.setValue(value);
		}
		answer.setComment(comment);
		review.getAnswers().add(answer);
	}

	private List<Case> population() {
		return List.of(aCase("S-1", "Valby", "foranstaltning_afgjort", "opfoelgning"),
				aCase("S-2", "Amager", "underretning_modtaget", "underretning_vurderet", "opfoelgning"),
				aCase("S-3", "Valby"));
	}

	@ParameterizedTest
	@EnumSource(Stores.class)
	void importingTheSameExportTwiceChangesNothing(Stores kind) {
		String url = kind.freshUrl(folder);
		try (ReviewStore store = ReviewStore.open(url, ADMIN)) {
			assertEquals(new ImportResult(3, 0, 5), store.importCases(population()));
			assertEquals(new ImportResult(0, 0, 0), store.importCases(population()));
			List<Case> later = new ArrayList<>(population());
			later.get(0).setUnit("Vesterbro");
			later.get(2).getEvents().add(aCase("x", "x", "boernesamtale").getEvents().get(0));
			assertEquals(new ImportResult(0, 1, 1), store.importCases(later));
		}
		try (ReviewStore store = ReviewStore.open(url, ADMIN)) {
			Case read = store.findCase("S-2").orElseThrow();
			assertEquals("Amager", read.getUnit());
			assertEquals(LocalDate.of(2010, 1, 2), read.getBirthDate());
			assertEquals(List.of("underretning_modtaget", "underretning_vurderet", "opfoelgning"),
					read.getEvents().stream().map(CaseEvent::getName).toList());
			assertEquals(LocalTime.of(9, 30), read.getEvents().get(0).getTime());
			assertNull(read.getEvents().get(1).getTime());
			assertEquals("Vesterbro", store.findCase("S-1").orElseThrow().getUnit());
			StoreStatus status = store.status();
			assertEquals(3, status.cases());
			assertEquals(6, status.events());
		}
	}

	@ParameterizedTest
	@EnumSource(Stores.class)
	void theSameEventTwiceInOneExportIsOneEventIntoAnEmptyStoreOrNot(Stores kind) {
		for (int round = 0; round < 2; round++) {
			try (ReviewStore store = ReviewStore.open(kind.freshUrl(folder), ADMIN)) {
				if (round == 1) {
					store.importCases(List.of(aCase("S-0", "Valby")));
				}
				Case twice = aCase("S-9", "Valby", "opfoelgning", "opfoelgning");
				twice.getEvents().get(1).setDate(twice.getEvents().get(0).getDate());
				twice.getEvents().get(1).setTime(twice.getEvents().get(0).getTime());
				twice.getEvents().get(1).setValue(twice.getEvents().get(0).getValue());
				assertEquals(new ImportResult(1, 0, 1), store.importCases(List.of(twice)), "round " + round);
			}
		}
	}

	@ParameterizedTest
	@EnumSource(Stores.class)
	void anImportTheDatabaseRefusesStoresNothing(Stores kind) {
		String url = kind.freshUrl(folder);
		try (ReviewStore store = ReviewStore.open(url, ADMIN)) {
			List<Case> cases = new ArrayList<>(population());
			cases.add(aCase("S-4", "x".repeat(300))); // longer than the column: the database refuses it
			assertThrows(StoreException.class, () -> store.importCases(cases));
			assertEquals(0, store.status().cases());
			assertEquals(0, store.status().events());
		}
	}

	static Round round(String id) {
		Round round = ReviewFactory.eINSTANCE.createRound();
		round.setId(id);
		round.setConceptId("kk2018");
		round.setConceptVersion("2018.1");
		round.setSamplingModel("kk-3-niveauer");
		round.setPeriodFrom(LocalDate.of(2018, 1, 1));
		round.setPeriodTo(LocalDate.of(2018, 6, 30));
		round.setSeed("003");
		return round;
	}

	static Sample sample(int level, String... caseIds) {
		Sample sample = ReviewFactory.eINSTANCE.createSample();
		sample.setLevel(level);
		sample.setAudit("{\"frame\":{\"hash\":\"ab12\",\"size\":3},\"level\":" + level + "}");
		for (int i = 0; i < caseIds.length; i++) {
			SampledUnit unit = ReviewFactory.eINSTANCE.createSampledUnit();
			unit.setCaseId(caseIds[i]);
			unit.setStage("underretning");
			unit.setStratum("Valby");
			unit.setRank("0." + i);
			sample.getUnits().add(unit);
		}
		return sample;
	}

	@ParameterizedTest
	@EnumSource(Stores.class)
	void aRoundGoesFromPlannedToSampledToReviewPerLevelToClosed(Stores kind) {
		try (ReviewStore store = ReviewStore.open(kind.freshUrl(folder), ADMIN)) {
			store.importCases(population());
			store.createRound(round("2018-1"));
			assertThrows(StoreConflictException.class, () -> store.createRound(round("2018-1")));
			assertEquals(RoundStatus.PLANNED, store.round("2018-1").orElseThrow().getStatus());
			assertThrows(StoreException.class, () -> store.advanceRound("2018-1", new RoundStatusChange.StartReview(1)),
					"no review before a sample");
			store.saveSample("2018-1", sample(1, "S-1", "S-3"));
			store.saveSample("2018-1", sample(2, "S-1"));
			Round read = store.round("2018-1").orElseThrow();
			assertEquals(RoundStatus.SAMPLED, read.getStatus());
			assertEquals("kk-3-niveauer", read.getSamplingModel());
			assertEquals(LocalDate.of(2018, 6, 30), read.getPeriodTo());
			assertEquals(2, read.getSamples().get(0).getUnits().size());
			assertTrue(read.getSamples().get(1).getAudit().contains("\"hash\":\"ab12\""), "the audit record is kept");
			store.advanceRound("2018-1", new RoundStatusChange.StartReview(1));
			assertThrows(StoreException.class, () -> store.saveSample("2018-1", sample(1, "S-2")),
					"a level in review keeps its sample");
			store.advanceRound("2018-1", new RoundStatusChange.StartReview(2));
			assertThrows(StoreException.class, () -> store.advanceRound("2018-1", new RoundStatusChange.StartReview(1)),
					"levels only go up");
			assertEquals(2, store.round("2018-1").orElseThrow().getReviewLevel());
			store.advanceRound("2018-1", new RoundStatusChange.Close());
			assertEquals(RoundStatus.CLOSED, store.round("2018-1").orElseThrow().getStatus());
			assertThrows(StoreException.class, () -> store.advanceRound("2018-1", new RoundStatusChange.Close()));
			StoreStatus status = store.status();
			assertEquals(1, status.rounds().size());
			assertEquals(Map.of(1, 2L, 2, 1L), status.rounds().get(0).sampledUnits());
		}
	}

	@ParameterizedTest
	@EnumSource(Stores.class)
	void aReviewMovesDraftSubmittedLockedAndReopeningNeedsAReasonAndIsLogged(Stores kind) {
		try (ReviewStore store = ReviewStore.open(kind.freshUrl(folder), ADMIN)) {
			Review review = review("S-1", 1, "ab");
			answer(review, "u_frist_24t", AnswerValue.NO, null);
			store.save(review);
			assertEquals(ReviewStatus.DRAFT, review.getStatus());
			review.setStatus(ReviewStatus.SUBMITTED);
			store.save(review);
			review.setStatus(ReviewStatus.LOCKED);
			store.save(review, "godkendt");
			answer(review, "u_frist_24t", AnswerValue.YES, null);
			assertThrows(StoreException.class, () -> store.save(review), "a locked review is not changed");
			assertThrows(StoreException.class, () -> store.reopen(review, " "), "reopening needs a reason");
			store.reopen(review, "ny oplysning fra sagsbehandler");
			assertEquals(ReviewStatus.DRAFT, review.getStatus());
			store.save(review, "rettet efter genåbning");
			assertEquals(AnswerValue.YES, store.find("kk2018", "S-1", "underretning", 1).orElseThrow().getAnswers()
					.get(0).getValue());
			Review other = review("S-2", 1, "ab");
			other.setStatus(ReviewStatus.LOCKED);
			assertThrows(StoreException.class, () -> store.save(other), "a new review is not locked at once");
			List<AnswerChange> trail = store.history("kk2018", "S-1", "underretning", 1);
			assertTrue(trail.stream().anyMatch(c -> c.questionId() == null && "locked".equals(c.oldValue())
					&& "draft".equals(c.newValue()) && "ny oplysning fra sagsbehandler".equals(c.reason())), trail.toString());
		}
	}

	@ParameterizedTest
	@EnumSource(Stores.class)
	void everyAnswerChangeIsKeptWithWhoWhenOldNewAndWhy(Stores kind) {
		try (ReviewStore store = ReviewStore.open(kind.freshUrl(folder), ADMIN)) {
			Review review = review("S-1", 2, "ab");
			answer(review, "q1", AnswerValue.NO, null);
			answer(review, "q2", AnswerValue.YES, "fint");
			store.save(review, "første udfyldning");
			answer(review, "q1", AnswerValue.YES, null);
			answer(review, "q2", AnswerValue.YES, "fint nok");
			review.getAnswers().removeIf(a -> a.getQuestionId().equals("q3"));
			store.save(review, "læst journalen igen");
			store.save(review, "intet ændret");
			List<AnswerChange> trail = store.history("kk2018", "S-1", "underretning", 2);
			List<String> lines = trail.stream().map(c -> c.version() + ":" + c.questionId() + ":" + c.oldValue() + ">"
					+ c.newValue() + ":" + c.oldComment() + ">" + c.newComment() + ":" + c.changedBy() + ":" + c.reason())
					.toList();
			assertEquals(List.of("1:q1:null>no:null>null:ab:første udfyldning",
					"1:q2:null>yes:null>fint:ab:første udfyldning", "1:null:null>draft:null>null:ab:første udfyldning",
					"2:q1:no>yes:null>null:ab:læst journalen igen", "2:q2:yes>yes:fint>fint nok:ab:læst journalen igen"),
					lines);
			assertTrue(trail.stream().allMatch(c -> c.changedAt() != null));
		}
	}

	@ParameterizedTest
	@EnumSource(Stores.class)
	void answersOfOtherKindsAreKeptWithTheirTrail(Stores kind) {
		try (ReviewStore store = ReviewStore.open(kind.freshUrl(folder), ADMIN)) {
			Review review = review("S-1", 2, "ab");
			Answer count = ReviewFactory.eINSTANCE.createAnswer();
			count.setQuestionId("n1");
			count.setText("4");
			review.getAnswers().add(count);
			store.save(review, "talt");
			count.setText("5");
			store.save(review, "talt igen");
			Review read = store.find("kk2018", "S-1", "underretning", 2).orElseThrow();
			assertEquals("5", read.getAnswers().get(0).getText());
			assertTrue(!read.getAnswers().get(0).isSetValue(), "no ja/nej value for a number");
			assertEquals(List.of("null>4", "4>5"),
					store.history("kk2018", "S-1", "underretning", 2).stream().filter(c -> "n1".equals(c.questionId()))
							.map(c -> c.oldValue() + ">" + c.newValue()).toList());
		}
	}

	@ParameterizedTest
	@EnumSource(Stores.class)
	void aConflictingSaveIsRefusedAndSaysWhoChangedWhat(Stores kind) {
		String url = kind.freshUrl(folder);
		try (ReviewStore mine = ReviewStore.open(url, Principal.reviewer("anna", 3, null));
				ReviewStore theirs = ReviewStore.open(url, Principal.reviewer("bo", 3, null))) {
			Review first = review("S-1", 3, null);
			mine.save(first);
			Review a = mine.find("kk2018", "S-1", "underretning", 3).orElseThrow();
			Review b = theirs.find("kk2018", "S-1", "underretning", 3).orElseThrow();
			answer(b, "u_journal", AnswerValue.YES, null);
			theirs.save(b);
			answer(a, "u_journal", AnswerValue.NO, null);
			StoreConflictException e = assertThrows(StoreConflictException.class, () -> mine.save(a));
			assertTrue(e.getMessage().contains("bo") && e.getMessage().contains("u_journal"), e.getMessage());
			assertEquals(AnswerValue.YES,
					mine.find("kk2018", "S-1", "underretning", 3).orElseThrow().getAnswers().get(0).getValue(),
					"the first save is not lost");
		}
	}

	@ParameterizedTest
	@EnumSource(Stores.class)
	void twoWritersSavingTheSameReviewAtOnceOneWinsTheOtherGetsTheConflict(Stores kind) throws Exception {
		String url = kind.freshUrl(folder);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try (ReviewStore one = ReviewStore.open(url, Principal.reviewer("anna", 3, null));
				ReviewStore two = ReviewStore.open(url, Principal.reviewer("bo", 3, null))) {
			for (int round = 0; round < 20; round++) {
				String caseId = "C-" + round;
				Review seed = review(caseId, 3, null);
				if (round % 2 == 0) {
					one.save(seed); // both then update version 1; odd rounds race to create version 1
				}
				Review a = round % 2 == 0 ? one.find("kk2018", caseId, "underretning", 3).orElseThrow() : review(caseId, 3, null);
				Review b = round % 2 == 0 ? two.find("kk2018", caseId, "underretning", 3).orElseThrow() : review(caseId, 3, null);
				answer(a, "q", AnswerValue.YES, "anna");
				answer(b, "q", AnswerValue.NO, "bo");
				CyclicBarrier start = new CyclicBarrier(2);
				Future<String> fa = pool.submit(() -> attempt(start, one, a));
				Future<String> fb = pool.submit(() -> attempt(start, two, b));
				List<String> outcomes = new ArrayList<>(List.of(fa.get(), fb.get()));
				outcomes.sort(null);
				assertEquals(List.of("conflict", "saved"), outcomes, "round " + round);
				Review kept = one.find("kk2018", caseId, "underretning", 3).orElseThrow();
				String winner = fa.get().equals("saved") ? "anna" : "bo";
				assertEquals(winner, kept.getAnswers().get(0).getComment(), "the winner's answer is what is stored");
			}
		} finally {
			pool.shutdownNow();
		}
	}

	private static String attempt(CyclicBarrier start, ReviewStore store, Review review) throws Exception {
		start.await();
		try {
			store.save(review);
			return "saved";
		} catch (StoreConflictException e) {
			return "conflict";
		}
	}

	@ParameterizedTest
	@EnumSource(Stores.class)
	void reviewersSeeAndChangeOnlyTheReviewsOfTheirLevelAndUnit(Stores kind) {
		String url = kind.freshUrl(folder);
		try (ReviewStore admin = ReviewStore.open(url, ADMIN)) {
			admin.importCases(population()); // S-1, S-3 in Valby, S-2 in Amager
			for (String caseId : List.of("S-1", "S-2", "S-3")) {
				for (int level = 1; level <= 4; level++) {
					admin.save(review(caseId, level, "admin"));
				}
			}
		}
		try (ReviewStore valby1 = ReviewStore.open(url, Principal.reviewer("v1", 1, "Valby"));
				ReviewStore amager2 = ReviewStore.open(url, Principal.reviewer("a2", 2, "Amager"));
				ReviewStore level3 = ReviewStore.open(url, Principal.reviewer("l3", 3, null));
				ReviewStore level4 = ReviewStore.open(url, Principal.reviewer("l4", 4, null))) {
			assertEquals(List.of("S-1:1", "S-3:1"), keys(valby1.reviews("kk2018")));
			assertEquals(List.of("S-2:2"), keys(amager2.reviews("kk2018")));
			assertEquals(List.of("S-1:3", "S-2:3", "S-3:3"), keys(level3.reviews("kk2018")));
			assertEquals(List.of("S-1:4", "S-2:4", "S-3:4"), keys(level4.reviews("kk2018")));
			assertTrue(valby1.find("kk2018", "S-2", "underretning", 1).isEmpty(), "another unit's review is not seen");
			assertTrue(valby1.find("kk2018", "S-1", "underretning", 2).isEmpty(), "another level's review is not seen");
			assertTrue(valby1.findCase("S-2").isEmpty(), "another unit's case is not seen");
			Review mine = valby1.find("kk2018", "S-1", "underretning", 1).orElseThrow();
			answer(mine, "q", AnswerValue.YES, null);
			valby1.save(mine);
			assertThrows(StoreAccessException.class, () -> valby1.save(review("S-2", 1, "v1")), "another unit");
			assertThrows(StoreAccessException.class, () -> valby1.save(review("S-1", 2, "v1")), "another level");
			assertThrows(StoreAccessException.class, () -> valby1.save(review("S-9", 1, "v1")), "a case not imported");
			assertThrows(StoreAccessException.class, () -> level3.save(review("S-1", 4, "l3")));
			assertThrows(StoreAccessException.class, () -> valby1.importCases(population()));
			assertThrows(StoreAccessException.class, () -> level4.createRound(round("x")));
			assertTrue(level4.history("kk2018", "S-1", "underretning", 1).isEmpty(), "nor another level's trail");
		}
		try (ReviewStore admin = ReviewStore.open(url, ADMIN)) {
			List<Case> moved = new ArrayList<>(population());
			moved.get(1).setUnit("Valby"); // S-2 moves to Valby in a later export
			admin.importCases(moved);
		}
		try (ReviewStore valby1 = ReviewStore.open(url, Principal.reviewer("v1", 1, "Valby"))) {
			assertEquals(List.of("S-1:1", "S-2:1", "S-3:1"), keys(valby1.reviews("kk2018")), "reviews follow their case");
		}
	}

	private static List<String> keys(List<Review> reviews) {
		return reviews.stream().map(r -> r.getCaseId() + ":" + r.getLevel()).toList();
	}

	/** A round in review with reviews of every kind, exported to file; S-3 and its review stay out. */
	private Path exportedRound(Stores kind, List<String> expected) {
		Path file = folder.resolve("round-" + kind + ".zip");
		try (ReviewStore store = ReviewStore.open(kind.freshUrl(folder), ADMIN)) {
			List<Case> cases = population();
			cases.get(1).setSiblingGroup("G-7");
			cases.get(1).getFlags().addAll(List.of("handicap", "ung"));
			cases.get(1).setBirthDate(null);
			cases.get(0).getEvents().get(1).setValue("v".repeat(300)); // a long value: its fingerprint is hashed
			store.importCases(cases);
			store.createRound(round("R1"));
			store.saveSample("R1", sample(1, "S-1", "S-2"));
			store.saveSample("R1", sample(2, "S-2"));
			store.advanceRound("R1", new RoundStatusChange.StartReview(1));
			Review review = review("S-1", 1, "ab");
			answer(review, "q1", AnswerValue.NO, "komma, \"citat\"\nog linje");
			answer(review, "q2", AnswerValue.NOT_RELEVANT, null);
			store.save(review, "første");
			answer(review, "q1", AnswerValue.YES, null);
			review.setStatus(ReviewStatus.SUBMITTED);
			store.save(review, "anden");
			review.setStatus(ReviewStatus.LOCKED);
			store.save(review, "godkendt");
			store.reopen(review, "ny oplysning");
			Review other = review("S-2", 2, "cd");
			Answer count = ReviewFactory.eINSTANCE.createAnswer();
			count.setQuestionId("n1");
			count.setText("4");
			other.getAnswers().add(count);
			store.save(other, null);
			store.save(review("S-3", 1, "not in the round"));
			store.exportRound("R1", file);
			expected.addAll(everything(store));
		}
		return file;
	}

	/** Every record of round R1 and of cases S-1, S-2 and S-3, whole, as text. */
	private static List<String> everything(ReviewStore store) {
		List<String> all = new ArrayList<>();
		all.add(Records.describe(store.round("R1").orElse(null)));
		for (String caseId : List.of("S-1", "S-2", "S-3")) {
			all.add(Records.describe(store.findCase(caseId).orElse(null)));
			for (int level = 1; level <= 2; level++) {
				all.add(Records.describe(store.find("kk2018", caseId, "underretning", level).orElse(null)));
				all.add(store.history("kk2018", caseId, "underretning", level).toString());
			}
		}
		return all;
	}

	@ParameterizedTest
	@EnumSource(Stores.class)
	void aRoundMovesToAnotherStoreAsOneFileWithEveryRecordWhole(Stores kind) {
		List<String> before = new ArrayList<>();
		Path file = exportedRound(kind, before);
		// what is compared holds every kind of field (else the comparison below proves little)
		assertTrue(before.get(0).contains("status=in_review") && before.get(0).contains("stratum=Valby"), before.get(0));
		assertTrue(before.get(1).contains("value=anbringelse") && before.get(1).contains("v".repeat(300)), before.get(1));
		assertTrue(before.get(3).contains("komma, \"citat\"\nog linje") && before.get(3).contains("ny oplysning"),
				before.get(3));
		assertTrue(before.get(6).contains("siblingGroup=G-7") && before.get(6).contains("[handicap, ung]"), before.get(6));
		assertTrue(before.get(9).contains("text=4"), before.get(9));
		assertTrue(before.get(12).contains("caseId=S-3"), before.get(12));
		for (Stores target : Stores.values()) {
			try (ReviewStore other = ReviewStore.open(target.freshUrl(folder), ADMIN)) {
				assertEquals("R1", other.importRound(file));
				List<String> after = everything(other);
				List<String> expected = new ArrayList<>(before);
				// the one case and review outside the round do not move
				for (int i : new int[] { 11, 12, 14 }) {
					expected.set(i, "null");
				}
				expected.set(13, "[]");
				expected.set(15, "[]");
				assertEquals(String.join("\n", expected), String.join("\n", after), kind + " → " + target);
				assertEquals(2, other.status().cases(), "the sampled cases only");
				assertThrows(StoreConflictException.class, () -> other.importRound(file), "a round is imported once");
				assertEquals(1, other.rounds().size());
			}
		}
	}

	@ParameterizedTest
	@EnumSource(Stores.class)
	void anArchiveColumnTheStoreDoesNotKnowIsRefusedAndNamed(Stores kind) throws Exception {
		Path file = exportedRound(kind, new ArrayList<>());
		String injected = "flags FROM case_record; DROP TABLE review CASCADE; --";
		Path evil = folder.resolve("evil.zip");
		Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(file))) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		String cases = new String(entries.get("case_record.csv"), java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(cases.startsWith("case_id,unit,caseworker,birth_date,sibling_group,flags\r\n"), cases);
		entries.put("case_record.csv", cases.replaceFirst(",flags\r\n", "," + injected + "\r\n")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(evil))) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				out.putNextEntry(new java.util.zip.ZipEntry(entry.getKey()));
				out.write(entry.getValue());
			}
		}
		try (ReviewStore other = ReviewStore.open(kind.freshUrl(folder), ADMIN)) {
			other.save(review("S-9", 1, "ab"));
			StoreException e = assertThrows(StoreException.class, () -> other.importRound(evil));
			assertTrue(e.getMessage().contains("case_record.csv") && e.getMessage().contains(injected),
					"names the file and the column: " + e.getMessage());
			assertTrue(e.getMessage().matches("(?s).*\\b1\\b.*"), "names the line: " + e.getMessage());
			assertEquals(List.of("S-9"), other.reviews("kk2018").stream().map(Review::getCaseId).toList(),
					"the store is untouched");
			assertTrue(other.rounds().isEmpty());
			assertEquals("R1", other.importRound(file), "the genuine file is still imported");
		}
	}

	@ParameterizedTest
	@EnumSource(Stores.class)
	void aReviewSampledInTwoOverlappingRoundsCountsInOneRound(Stores kind) {
		try (ReviewStore store = ReviewStore.open(kind.freshUrl(folder), ADMIN)) {
			store.importCases(population());
			Round later = round("R1"); // ids and periods sort differently: the period decides
			later.setPeriodFrom(LocalDate.of(2018, 4, 1));
			later.setPeriodTo(LocalDate.of(2018, 9, 30));
			store.createRound(later);
			store.createRound(round("R9")); // 2018-01-01 to 2018-06-30
			store.saveSample("R9", sample(1, "S-1", "S-2"));
			store.saveSample("R1", sample(1, "S-1", "S-3"));
			store.save(review("S-1", 1, "ab"));
			store.save(review("S-2", 1, "ab"));
			Review submitted = review("S-3", 1, "ab");
			submitted.setStatus(ReviewStatus.SUBMITTED);
			store.save(submitted);
			StoreStatus status = store.status();
			assertEquals(Map.of("draft", 2L, "submitted", 1L), status.reviews());
			Map<String, Map<String, Long>> perRound = new java.util.TreeMap<>();
			status.rounds().forEach(r -> perRound.put(r.round(), r.reviews()));
			assertEquals(Map.of("R9", Map.of("draft", 2L), "R1", Map.of("submitted", 1L)), perRound,
					"S-1's one review belongs to the round of the earlier period");
		}
	}

	@ParameterizedTest
	@EnumSource(Stores.class)
	void theStatusCountsReviewsPerRoundAndStatus(Stores kind) {
		try (ReviewStore store = ReviewStore.open(kind.freshUrl(folder), ADMIN)) {
			store.importCases(population());
			store.createRound(round("R1"));
			store.saveSample("R1", sample(1, "S-1", "S-2"));
			Review submitted = review("S-1", 1, "ab");
			submitted.setStatus(ReviewStatus.SUBMITTED);
			store.save(submitted);
			store.save(review("S-2", 1, "ab"));
			store.save(review("S-3", 1, "ab"));
			StoreStatus status = store.status();
			assertEquals(Map.of("draft", 2L, "submitted", 1L), status.reviews());
			assertEquals(Map.of("draft", 1L, "submitted", 1L), status.rounds().get(0).reviews());
			assertFalse(status.location().contains("?"), "no URL parameters (passwords) in the location");
		}
	}
}
