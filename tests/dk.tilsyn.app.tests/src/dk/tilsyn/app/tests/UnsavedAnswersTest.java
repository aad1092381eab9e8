package dk.tilsyn.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.tilsyn.app.internal.FormPart;
import dk.tilsyn.app.internal.ReviewSession;
import dk.tilsyn.concept.InstalledConcept;
import dk.tilsyn.concept.kk2018.Kk2018Concept;
import dk.tilsyn.form.ReviewForm;
import dk.tilsyn.model.Answer;
import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.model.Review;

/**
 * A changed answer is never lost without a word: switching to another case or closing the
 * window asks the supervisor to save, discard or cancel. The form part is made by e4's
 * injection as the application makes it, in a window of its own (under Xvfb in the build).
 */
class UnsavedAnswersTest {
	private static final List<String> BUTTONS = List.of("Gem", "Kassér ændringer", "Annullér");

	@TempDir
	Path folder;

	private Display display;
	private Shell shell;
	private ReviewSession session;
	private MWindow window;
	private final InstalledConcept concept = new Kk2018Concept();
	private final List<Question> watching = new ArrayList<>();

	@BeforeEach
	void startTheFormPart() {
		display = Display.getDefault();
		session = new ReviewSession(dk.tilsyn.store.StoreLocations.embeddedUrl(folder.resolve("store")));
		assertEquals(null, session.storeProblem());
		shell = new Shell(display);
		shell.setText("Tilsyn – test");
		shell.setLayout(new FillLayout());
		window = MBasicFactory.INSTANCE.createTrimmedWindow();
		window.setContext(EclipseContextFactory.create("window"));
		IEclipseContext part = window.getContext().createChild("form part");
		part.set(ReviewSession.class, session);
		part.set(MWindow.class, window);
		part.set(Composite.class, new Composite(shell, SWT.NONE));
		ContextInjectionFactory.make(FormPart.class, part);
		shell.setSize(1100, 820);
		shell.open();
		flush();
	}

	@AfterEach
	void close() {
		watching.forEach(Question::done);
		if (!shell.isDisposed()) {
			shell.dispose();
		}
		session.store().close();
	}

	@Test
	void switchingCaseAsksAndSavesDiscardsOrStaysAsTheSupervisorSays() throws Exception {
		assertTrue(open("S-1"));
		ReviewForm first = form();
		first.answer("u01", AnswerValue.NO);

		Question asked = whenAsked("Annullér");
		assertFalse(open("S-2"), "cancel stays on the case");
		asked.done();
		assertEquals("Ikke gemte svar", asked.title, "a question was asked");
		assertTrue(asked.message.contains("S-1"), asked.message);
		assertButtons(asked);
		assertSame(first, form(), "still the form of S-1");
		assertEquals(AnswerValue.NO, first.valueOf("u01"), "with the answer given");
		assertTrue(saved("S-1").isEmpty(), "nothing saved yet");

		asked = whenAsked("Gem");
		assertTrue(open("S-2"), "saved, then S-2 opened");
		asked.done();
		assertButtons(asked);
		assertEquals(AnswerValue.NO, answer(saved("S-1").orElseThrow(), "u01"), "the answer of S-1 is saved");
		assertEquals("S-2", form().review().getCaseId());

		form().answer("u01", AnswerValue.YES);
		asked = whenAsked("Kassér ændringer");
		assertTrue(open("S-1"));
		asked.done();
		assertButtons(asked);
		assertTrue(saved("S-2").isEmpty(), "the discarded answer of S-2 is not saved");
		assertEquals(AnswerValue.NO, form().valueOf("u01"), "S-1 as saved");

		asked = whenAsked("Gem");
		assertTrue(open("S-3"), "nothing changed in S-1: no question");
		asked.done();
		assertEquals(null, asked.title, "no dialog for a review without changes");
	}

	@Test
	void closingTheWindowAsksAndARefusedSaveKeepsItOpen() throws Exception {
		assertTrue(open("S-5"));
		form().answer("u03", AnswerValue.NOT_RELEVANT);
		IWindowCloseHandler closing = window.getContext().get(IWindowCloseHandler.class);
		assertNotNull(closing, "closing the window goes through the form part");

		Question asked = whenAsked("Annullér");
		assertFalse(closing.close(window), "cancel keeps the window open");
		asked.done();
		assertButtons(asked);
		screenshot(asked.picture, "unsaved-answers-question.png");

		// a colleague saved S-5 meanwhile: saving from the question is refused, the window stays
		Review colleague = dk.tilsyn.model.ReviewFactory.eINSTANCE.createReview();
		colleague.setConceptId("kk2018");
		colleague.setCaseId("S-5");
		colleague.setStage("underretning");
		colleague.setLevel(1);
		colleague.setReviewer("kollega");
		session.store().save(colleague);
		asked = whenAsked("Gem");
		assertFalse(closing.close(window), "a refused save keeps the window open");
		asked.done();
		assertTrue(form().status().contains("kollega"), form().status());
		assertEquals(AnswerValue.NOT_RELEVANT, form().valueOf("u03"), "nothing the supervisor gave is lost");

		asked = whenAsked("Kassér ændringer");
		assertTrue(closing.close(window), "discard lets the window close");
		asked.done();
		assertButtons(asked);
	}

	@Test
	void aSavedFormClosesWithoutAQuestion() {
		assertTrue(open("S-7"));
		form().answer("u01", AnswerValue.YES);
		assertTrue(form().save(), form().status());
		Question asked = whenAsked("Gem");
		assertTrue(window.getContext().get(IWindowCloseHandler.class).close(window));
		asked.done();
		assertEquals(null, asked.title);
	}

	/** Save, discard and cancel, in the order of the platform (GTK puts the default button last). */
	private static void assertButtons(Question asked) {
		assertEquals(BUTTONS.stream().sorted().toList(), asked.buttons.stream().sorted().toList(), asked.buttons.toString());
	}

	private boolean open(String caseId) {
		boolean opened = session.open(concept, caseId, "underretning", 1, "test");
		flush();
		return opened;
	}

	private Optional<Review> saved(String caseId) {
		return session.store().find("kk2018", caseId, "underretning", 1);
	}

	private static AnswerValue answer(Review review, String questionId) {
		return review.getAnswers().stream().filter(a -> a.getQuestionId().equals(questionId)).map(Answer::getValue)
				.findFirst().orElse(null);
	}

	private ReviewForm form() {
		return find(shell, ReviewForm.class).orElseThrow(() -> new AssertionError("no form is shown"));
	}

	/**
	 * Watches for the question (a dialog over the window) from now until {@link #done}: notes its
	 * title, message and buttons, takes its picture and presses the button named.
	 */
	private Question whenAsked(String press) {
		Question question = new Question();
		watching.add(question);
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			if (question.finished || shell.isDisposed()) {
				return;
			}
			for (Shell dialog : display.getShells()) {
				if (dialog != shell && !dialog.isDisposed() && dialog.isVisible()) {
					List<Button> buttons = all(dialog, Button.class);
					Optional<Button> button = buttons.stream().filter(b -> b.getText().replace("&", "").equals(press))
							.findFirst();
					if (button.isPresent()) {
						question.title = dialog.getText();
						question.message = String.join("\n", all(dialog, Label.class).stream().map(Label::getText).toList());
						question.buttons = buttons.stream().map(b -> b.getText().replace("&", "")).toList();
						question.picture = picture(dialog);
						question.finished = true;
						button.get().notifyListeners(SWT.Selection, new Event());
						return;
					}
				}
			}
			display.timerExec(50, poll[0]);
		};
		display.timerExec(50, poll[0]);
		return question;
	}

	private static final class Question {
		String title;
		String message = "";
		List<String> buttons = List.of();
		ImageData picture;
		boolean finished;

		/** Stops watching: a dialog that did not come by now was not shown. */
		void done() {
			finished = true;
		}
	}

	private ImageData picture(Shell dialog) {
		// Xvfb has no window manager to keep the dialog above its window
		dialog.moveAbove(null);
		for (int i = 0; i < 5; i++) {
			while (display.readAndDispatch()) {
				// paint
			}
		}
		Rectangle bounds = shell.getBounds().union(dialog.getBounds());
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		gc.copyArea(image, bounds.x, bounds.y);
		gc.dispose();
		ImageData data = image.getImageData();
		image.dispose();
		return data;
	}

	private static void screenshot(ImageData data, String name) throws Exception {
		assertNotNull(data, "a picture of the question");
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		Path out = Path.of(System.getProperty("tilsyn.test.output", "target"), "screenshots", name);
		Files.createDirectories(out.getParent());
		loader.save(out.toString(), SWT.IMAGE_PNG);
	}

	private void flush() {
		for (int i = 0; i < 20; i++) {
			while (display.readAndDispatch()) {
				// process pending events
			}
		}
	}

	private static <T> Optional<T> find(Composite parent, Class<T> type) {
		List<T> found = all(parent, type);
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
	}

	private static <T> List<T> all(Composite parent, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(all(composite, type));
			}
		}
		return found;
	}
}
