package dk.tilsyn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.tilsyn.app.internal.StoreSaver;
import dk.tilsyn.form.ReviewForm;
import java.util.List;

import dk.tilsyn.concept.Answers;
import dk.tilsyn.concept.InstalledConcept;
import dk.tilsyn.concept.ReviewValidator;
import dk.tilsyn.model.concept.AnswerCondition;
import dk.tilsyn.model.concept.ChoiceKind;
import dk.tilsyn.model.concept.Comparison;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.concept.NumberLiteral;
import dk.tilsyn.model.concept.Option;
import dk.tilsyn.model.concept.Question;
import dk.tilsyn.model.concept.Stage;
import dk.tilsyn.model.concept.ConceptFactory;
import dk.tilsyn.concept.kk2018.Kk2018Concept;
import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.model.Review;
import dk.tilsyn.model.ReviewFactory;
import dk.tilsyn.store.ReviewStore;
import dk.tilsyn.store.StoreLocations;

/** The questionnaire form in a real SWT window (under Xvfb in the build). */
class ReviewFormTest {
	@TempDir
	Path folder;

	private Display display;
	private Shell shell;
	private ReviewStore store;
	private final InstalledConcept concept = new Kk2018Concept();

	@BeforeEach
	void open() {
		display = Display.getDefault();
		store = ReviewStore.open(StoreLocations.embeddedUrl(folder.resolve("store")));
	}

	@AfterEach
	void close() {
		if (shell != null && !shell.isDisposed()) {
			shell.dispose();
		}
		store.close();
	}

	private ReviewForm showForm(Review review) {
		if (shell != null) {
			shell.dispose();
		}
		shell = new Shell(display);
		shell.setText("Tilsyn – test");
		shell.setLayout(new FillLayout());
		ReviewForm form = new ReviewForm(shell, concept, review, new StoreSaver(store));
		shell.setSize(1100, 820);
		shell.open();
		flush();
		return form;
	}

	private Review savedOrNew(String caseId) {
		return store.find("kk2018", caseId, "underretning", 1).orElseGet(() -> {
			Review review = ReviewFactory.eINSTANCE.createReview();
			review.setConceptId("kk2018");
			review.setCaseId(caseId);
			review.setStage("underretning");
			review.setLevel(1);
			review.setReviewer("test");
			return review;
		});
	}

	private void flush() {
		for (int i = 0; i < 20; i++) {
			while (display.readAndDispatch()) {
				// process pending events
			}
		}
	}

	/** Clicks a radio button as a person would: selection plus the Selection event. */
	private void click(ReviewForm form, String questionId, AnswerValue value) {
		Button button = find(form, questionId, value);
		assertTrue(button.isEnabled(), questionId + " can be clicked");
		for (Control sibling : button.getParent().getChildren()) {
			((Button) sibling).setSelection(sibling == button);
		}
		button.notifyListeners(SWT.Selection, null);
		flush();
	}

	private static Button find(Composite parent, String questionId, AnswerValue value) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button b && questionId.equals(b.getData("question")) && value == b.getData("answer")) {
				return b;
			}
			if (child instanceof Composite c) {
				Button found = find(c, questionId, value);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static boolean showsText(Composite parent, String text) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Label l && l.getText().contains(text)) {
				return true;
			}
			if (child instanceof Composite c && showsText(c, text)) {
				return true;
			}
		}
		return false;
	}

	@Test
	void answersAreSavedAndFoundAgainWhenTheReviewIsReopened() throws Exception {
		ReviewForm form = showForm(savedOrNew("S-000123"));
		assertTrue(showsText(form, "Er 24 timers frist overholdt?"), "the Danish question text is shown");
		assertFalse(form.isAsked("u02"), "the follow-up waits for its condition");

		click(form, "u01", AnswerValue.NO);
		assertTrue(form.isAsked("u02"), "a 'nej' to the 24-hour question asks the follow-up");
		click(form, "u02", AnswerValue.YES);
		click(form, "u03", AnswerValue.NOT_RELEVANT);
		assertTrue(form.save(), form.status());
		screenshot(shell, "review-form.png");

		ReviewForm reopened = showForm(savedOrNew("S-000123"));
		assertEquals(AnswerValue.NO, reopened.valueOf("u01"));
		assertEquals(AnswerValue.YES, reopened.valueOf("u02"));
		assertEquals(AnswerValue.NOT_RELEVANT, reopened.valueOf("u03"));
		assertNull(reopened.valueOf("u04"));
		assertTrue(reopened.isAsked("u02"));
	}

	@Test
	void changingTheConditionClearsTheFollowUpBeforeItIsSaved() {
		ReviewForm form = showForm(savedOrNew("S-000124"));
		click(form, "u01", AnswerValue.NO);
		click(form, "u02", AnswerValue.NO);
		click(form, "u01", AnswerValue.YES);
		assertFalse(form.isAsked("u02"));
		assertNull(form.valueOf("u02"), "an answer to a question no longer asked is not kept");
		assertTrue(form.save(), form.status());
		Review saved = store.find("kk2018", "S-000124", "underretning", 1).orElseThrow();
		assertEquals(1, saved.getAnswers().size());
	}

	@Test
	void aConflictingSaveKeepsWhatWasTypedAndSaysWho() {
		ReviewForm mine = showForm(savedOrNew("S-000125"));
		Review theirs = savedOrNew("S-000125");
		theirs.setReviewer("kollega");
		store.save(theirs);
		click(mine, "u03", AnswerValue.YES);
		assertFalse(mine.save());
		assertTrue(mine.status().contains("kollega"), mine.status());
		assertEquals(AnswerValue.YES, mine.valueOf("u03"), "nothing the supervisor typed is lost");
	}

	/**
	 * Writes a PNG of the window as it is on the screen into target/screenshots
	 * (tilsyn.test.output) for people to look at.
	 */
	private void screenshot(Shell shell, String name) throws Exception {
		shell.forceActive();
		for (int i = 0; i < 10; i++) {
			flush();
			Thread.sleep(50);
		}
		org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		gc.copyArea(image, bounds.x, bounds.y);
		gc.dispose();
		ImageData data = image.getImageData();
		image.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		Path out = Path.of(System.getProperty("tilsyn.test.output", "target"), "screenshots", name);
		Files.createDirectories(out.getParent());
		loader.save(out.toString(), SWT.IMAGE_PNG);
		assertTrue(Files.size(out) > 1000, "a screenshot was written: " + out);
	}

	/** A concept with a number, a choice and a yes/no question asked when the number is 3 or more. */
	private static InstalledConcept kindsConcept() {
		ConceptFactory f = ConceptFactory.eINSTANCE;
		Concept model = f.createConcept();
		model.setName("arter");
		model.setTitle("Svararter");
		Stage stage = f.createStage();
		stage.setName("s");
		stage.setTitle("Sagstrin");
		model.getStages().add(stage);
		Question number = f.createQuestion();
		number.setName("n1");
		number.setText("Hvor mange børnesamtaler er der holdt?");
		number.setKind(f.createNumberKind());
		Question choice = f.createQuestion();
		choice.setName("v1");
		choice.setText("Hvilken foranstaltning?");
		ChoiceKind kind = f.createChoiceKind();
		for (String[] o : new String[][] { { "anbringelse", "Anbringelse" }, { "forebyggende", "Forebyggende" } }) {
			Option option = f.createOption();
			option.setName(o[0]);
			option.setTitle(o[1]);
			kind.getOptions().add(option);
		}
		choice.setKind(kind);
		Question followUp = f.createQuestion();
		followUp.setName("j1");
		followUp.setText("Er samtalerne journaliseret?");
		AnswerCondition condition = f.createAnswerCondition();
		condition.setQuestion(number);
		condition.setOp(Comparison.GE);
		NumberLiteral three = f.createNumberLiteral();
		three.setNumber(3);
		condition.setValue(three);
		followUp.setCondition(condition);
		stage.getQuestions().addAll(List.of(number, choice, followUp));
		return new InstalledConcept() {
			private final ReviewValidator validator = new ReviewValidator(this) {
				@Override
				public boolean isAsked(String questionId, Answers answers) {
					return !questionId.equals("j1") || answers.compare("n1", Comparison.GE, "3");
				}
			};

			@Override
			public String id() {
				return "arter";
			}

			@Override
			public Concept model() {
				return model;
			}

			@Override
			public ReviewValidator validator() {
				return validator;
			}
		};
	}

	@Test
	void numbersChoicesAndTheirConditionsAreAnsweredSavedAndReopened() {
		InstalledConcept kinds = kindsConcept();
		Review review = ReviewFactory.eINSTANCE.createReview();
		review.setConceptId("arter");
		review.setCaseId("S-9");
		review.setStage("s");
		review.setLevel(1);
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		ReviewForm form = new ReviewForm(shell, kinds, review, new StoreSaver(store));
		shell.setSize(900, 600);
		shell.open();
		flush();
		assertFalse(form.isAsked("j1"));
		form.answerText("n1", "2");
		assertFalse(form.isAsked("j1"), "2 is fewer than 3");
		form.answerText("n1", "4");
		assertTrue(form.isAsked("j1"));
		form.answerText("v1", "forebyggende");
		form.answer("j1", AnswerValue.YES);
		assertTrue(form.save(), form.status());
		shell.dispose();

		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		ReviewForm reopened = new ReviewForm(shell, kinds, store.find("arter", "S-9", "s", 1).orElseThrow(),
				new StoreSaver(store));
		assertEquals("4", reopened.textOf("n1"));
		assertEquals("forebyggende", reopened.textOf("v1"));
		assertEquals(AnswerValue.YES, reopened.valueOf("j1"));

		reopened.answerText("n1", "fire");
		assertFalse(reopened.save(), "a number field with a word is not saved");
		assertTrue(reopened.status().contains("n1"), reopened.status());
		assertEquals("4", store.find("arter", "S-9", "s", 1).orElseThrow().getAnswers().stream()
				.filter(a -> a.getQuestionId().equals("n1")).findFirst().orElseThrow().getText());
	}
}
