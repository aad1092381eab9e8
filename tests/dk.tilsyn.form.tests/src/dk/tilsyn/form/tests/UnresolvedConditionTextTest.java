package dk.tilsyn.form.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.tilsyn.concept.InterpretedConcept;
import dk.tilsyn.form.ReviewForm;
import dk.tilsyn.model.Review;
import dk.tilsyn.model.ReviewFactory;
import dk.tilsyn.model.concept.AnswerCondition;
import dk.tilsyn.model.concept.Comparison;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.concept.ConceptFactory;
import dk.tilsyn.model.concept.Question;
import dk.tilsyn.model.concept.Stage;

/**
 * A concept being written may refer to a question that does not exist (yet). Studio's preview
 * passes the form what the lawyer typed for such a reference, and the form's "asked only when"
 * hint shows it; without it the hint says "?".
 */
class UnresolvedConditionTextTest {
	private Display display;
	private Shell shell;

	@BeforeEach
	void open() {
		display = Display.getDefault();
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	/** A concept with one stage whose second question is asked when "u99 = nej", u99 unresolved. */
	private static Concept conceptWithAnUnresolvedReference() {
		ConceptFactory f = ConceptFactory.eINSTANCE;
		Concept concept = f.createConcept();
		concept.setName("udkast");
		concept.setTitle("Et udkast");
		Stage stage = f.createStage();
		stage.setName("a");
		stage.setTitle("A");
		concept.getStages().add(stage);
		Question first = f.createQuestion();
		first.setName("q1");
		first.setText("Første spørgsmål?");
		Question second = f.createQuestion();
		second.setName("q2");
		second.setText("Andet spørgsmål?");
		Question missing = f.createQuestion();
		((InternalEObject) missing).eSetProxyURI(URI.createURI("udkast.tilsyn#u99"));
		AnswerCondition condition = f.createAnswerCondition();
		condition.setQuestion(missing);
		condition.setOp(Comparison.EQ);
		condition.setValue(f.createNoValue());
		second.setCondition(condition);
		stage.getQuestions().add(first);
		stage.getQuestions().add(second);
		return concept;
	}

	private static void collect(Control control, List<String> texts) {
		if (control instanceof Label label) {
			texts.add(label.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, texts);
			}
		}
	}

	private List<String> hintsOf(ReviewForm form) {
		shell.setSize(900, 600);
		shell.open();
		while (display.readAndDispatch()) {
			// lay out
		}
		List<String> texts = new ArrayList<>();
		collect(form, texts);
		return texts;
	}

	private static Review review() {
		Review review = ReviewFactory.eINSTANCE.createReview();
		review.setConceptId("udkast");
		review.setCaseId("EKSEMPEL");
		review.setStage("a");
		review.setLevel(1);
		return review;
	}

	@Test
	void thePreviewShowsAnUnresolvedReferenceAsTyped() {
		ReviewForm form = new ReviewForm(shell, new InterpretedConcept(conceptWithAnUnresolvedReference()), review(),
				null, (owner, reference) -> "u99");
		List<String> texts = hintsOf(form);
		assertTrue(texts.stream().anyMatch(t -> t.contains("u99 = nej")), texts.toString());
	}

	@Test
	void withoutTheSourceTextTheReferenceIsAQuestionMark() {
		ReviewForm form = new ReviewForm(shell, new InterpretedConcept(conceptWithAnUnresolvedReference()), review(),
				null);
		List<String> texts = hintsOf(form);
		assertTrue(texts.stream().anyMatch(t -> t.contains("? = nej")), texts.toString());
	}
}
