package dk.tilsyn.lang.ui.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import dk.tilsyn.concept.InterpretedConcept;
import dk.tilsyn.editor.DocumentAnalysis;
import dk.tilsyn.editor.XtextDocument;
import dk.tilsyn.form.ReviewForm;
import dk.tilsyn.lang.WrittenConditions;
import dk.tilsyn.model.concept.Concept;
import dk.tilsyn.model.concept.Flag;
import dk.tilsyn.model.concept.Stage;
import dk.tilsyn.lang.ui.ConceptEditors;
import dk.tilsyn.model.AnswerValue;
import dk.tilsyn.model.Case;
import dk.tilsyn.model.Review;
import dk.tilsyn.model.ReviewFactory;

/**
 * "Preview form": the form the review application will show for the concept being edited, for
 * an example case whose age and flags the lawyer chooses, straight from the editor's model (no
 * build). It follows the active concept editor and is redrawn after every analysis; answers
 * given in the preview survive the redraw where the question is still asked.
 */
public class PreviewView extends ViewPart {
	public static final String ID = "dk.tilsyn.lang.ui.preview";
	static final String EXAMPLE_CASE = "EKSEMPEL-1";

	private Composite root;
	private Label header;
	private Combo stages;
	private Combo age;
	private Composite flags;
	private Composite formHolder;
	private ReviewForm form;
	private XtextDocument followed;
	private Concept shown;
	private final Map<String, Button> flagButtons = new LinkedHashMap<>();
	private final Consumer<DocumentAnalysis> onAnalysis = analysis -> {
		Control control = root;
		if (control != null && PlatformUI.isWorkbenchRunning()) {
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
				if (!control.isDisposed()) {
					refresh();
				}
			});
		}
	};
	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			ConceptEditors.document(ref.getPart(false) instanceof org.eclipse.ui.IEditorPart e ? e : null)
					.ifPresent(PreviewView.this::follow);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(1, false));
		header = new Label(root, SWT.WRAP);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite choices = new Composite(root, SWT.NONE);
		RowLayout wrapping = new RowLayout();
		wrapping.center = true;
		choices.setLayout(wrapping);
		choices.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(choices, SWT.NONE).setText(Messages.previewStage);
		stages = new Combo(choices, SWT.READ_ONLY);
		stages.addListener(SWT.Selection, e -> rebuildForm());
		new Label(choices, SWT.NONE).setText(Messages.previewAge);
		age = new Combo(choices, SWT.READ_ONLY);
		age.add(Messages.previewAgeUnknown);
		for (int years = 0; years <= 17; years++) {
			age.add(Integer.toString(years));
		}
		age.select(0);
		age.addListener(SWT.Selection, e -> applyCase());
		flags = new Composite(choices, SWT.NONE);
		flags.setLayout(new RowLayout());
		formHolder = new Composite(root, SWT.NONE);
		formHolder.setLayout(new GridLayout(1, false));
		formHolder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		getSite().getPage().addPartListener(partListener);
		ConceptEditors.active(getSite().getPage()).ifPresentOrElse(this::follow, this::refresh);
	}

	/** Shows the form of the concept in this document from now on. */
	public void follow(XtextDocument document) {
		if (followed == document) {
			return;
		}
		if (followed != null) {
			followed.removeListener(onAnalysis);
		}
		followed = document;
		followed.addListener(onAnalysis);
		shown = null;
		refresh();
	}

	/** Redraws from the followed document's newest analysis. */
	public void refresh() {
		if (followed == null) {
			show(Messages.previewNoEditor);
			return;
		}
		DocumentAnalysis analysis = followed.latest() != null ? followed.latest() : followed.current();
		boolean syntaxErrors = analysis.resource().getParseResult() != null
				&& analysis.resource().getParseResult().hasSyntaxErrors();
		Concept concept = analysis.resource().getContents().isEmpty() ? null
				: analysis.resource().getContents().get(0) instanceof Concept c ? c : null;
		if (syntaxErrors) {
			// a half-written model (a stage without its id yet) makes no form: keep the last one
			if (shown != null) {
				header.setText(NLS.bind(Messages.previewHeader, shown.getName()) + "\n" + Messages.previewStale);
				root.layout(true, true);
			} else {
				show(Messages.previewSyntaxErrors);
			}
			return;
		}
		if (concept == null || concept.getName() == null) {
			show(Messages.previewNoEditor);
			return;
		}
		if (concept.isLibrary()) {
			show(NLS.bind(Messages.previewLibrary, concept.getName()));
			return;
		}
		if (concept.getStages().isEmpty()) {
			show(Messages.previewNoStages);
			return;
		}
		shown = concept;
		header.setText(NLS.bind(Messages.previewHeader, concept.getName()));
		String selected = stages.getSelectionIndex() >= 0 ? stages.getItem(stages.getSelectionIndex()) : null;
		stages.removeAll();
		for (Stage stage : concept.getStages()) {
			if (stage.getName() != null) {
				stages.add(stage.getName());
			}
		}
		int index = selected == null ? -1 : stages.indexOf(selected);
		stages.select(Math.max(0, index));
		updateFlags(concept);
		rebuildForm();
	}

	private void show(String message) {
		shown = null;
		header.setText(message);
		stages.removeAll();
		disposeForm();
		root.layout(true, true);
	}

	private void updateFlags(Concept concept) {
		// the concept's flags and those of the libraries it imports (all loaded by the analysis)
		Set<String> names = new LinkedHashSet<>();
		for (Resource resource : concept.eResource().getResourceSet().getResources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Concept c) {
				c.getFlags().stream().map(Flag::getName).forEach(names::add);
			}
		}
		if (names.equals(flagButtons.keySet())) {
			return;
		}
		Set<String> checked = new LinkedHashSet<>();
		flagButtons.forEach((name, button) -> {
			if (button.getSelection()) {
				checked.add(name);
			}
		});
		for (Control child : flags.getChildren()) {
			child.dispose();
		}
		flagButtons.clear();
		if (!names.isEmpty()) {
			new Label(flags, SWT.NONE).setText(Messages.previewFlags);
		}
		for (String name : names) {
			Button button = new Button(flags, SWT.CHECK);
			button.setText(name);
			button.setSelection(checked.contains(name));
			button.addListener(SWT.Selection, e -> applyCase());
			flagButtons.put(name, button);
		}
	}

	private void rebuildForm() {
		if (shown == null || stages.getSelectionIndex() < 0) {
			return;
		}
		Map<String, AnswerValue> given = new LinkedHashMap<>();
		Map<String, String> texts = new LinkedHashMap<>();
		if (form != null && !form.isDisposed()) {
			for (Stage stage : shown.getStages()) {
				stage.getQuestions().forEach(q -> {
					try {
						if (form.valueOf(q.getName()) != null) {
							given.put(q.getName(), form.valueOf(q.getName()));
						}
						if (form.textOf(q.getName()) != null) {
							texts.put(q.getName(), form.textOf(q.getName()));
						}
					} catch (IllegalArgumentException notInThisStage) {
						// a question of another stage
					}
				});
			}
		}
		disposeForm();
		Review review = ReviewFactory.eINSTANCE.createReview();
		review.setConceptId(shown.getName());
		review.setCaseId(EXAMPLE_CASE);
		review.setStage(stages.getItem(stages.getSelectionIndex()));
		review.setLevel(1);
		form = new ReviewForm(formHolder, new InterpretedConcept(shown), review, null, WrittenConditions::written);
		form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		form.setCase(exampleCase());
		given.forEach((id, value) -> {
			try {
				if (value != null && form.isAsked(id)) {
					form.answer(id, value);
				}
			} catch (IllegalArgumentException | IllegalStateException gone) {
				// the question was removed or is no longer asked
			}
		});
		texts.forEach((id, text) -> {
			try {
				if (form.isAsked(id)) {
					form.answerText(id, text);
				}
			} catch (IllegalArgumentException | IllegalStateException gone) {
				// as above
			}
		});
		root.layout(true, true);
	}

	private void applyCase() {
		if (form != null && !form.isDisposed()) {
			form.setCase(exampleCase());
		}
	}

	/** The example case: null (conditions on facts hold) until an age or a flag is chosen. */
	private Case exampleCase() {
		boolean anyFlag = flagButtons.values().stream().anyMatch(Button::getSelection);
		if (age.getSelectionIndex() <= 0 && !anyFlag) {
			return null;
		}
		Case example = ReviewFactory.eINSTANCE.createCase();
		example.setId(EXAMPLE_CASE);
		example.setUnit("");
		example.setCaseworker("");
		if (age.getSelectionIndex() > 0) {
			int years = age.getSelectionIndex() - 1;
			example.setBirthDate(LocalDate.now().minusYears(years).minusMonths(1));
		}
		flagButtons.forEach((name, button) -> {
			if (button.getSelection()) {
				example.getFlags().add(name);
			}
		});
		return example;
	}

	private void disposeForm() {
		if (form != null && !form.isDisposed()) {
			form.dispose();
		}
		form = null;
	}

	/** The form shown, for tests; null when there is none. */
	public ReviewForm form() {
		return form;
	}

	public String headerText() {
		return header.getText();
	}

	@Override
	public void setFocus() {
		root.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		if (followed != null) {
			followed.removeListener(onAnalysis);
		}
		super.dispose();
	}
}
