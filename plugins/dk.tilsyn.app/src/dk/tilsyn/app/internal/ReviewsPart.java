package dk.tilsyn.app.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import dk.tilsyn.concept.InstalledConcept;
import dk.tilsyn.model.concept.Stage;
import dk.tilsyn.model.Review;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** Chooses the concept and the case to review, and lists the reviews saved so far. */
public class ReviewsPart {
	@Inject
	private ReviewSession session;

	private Combo concept;
	private Combo stage;
	private Text caseId;
	private Spinner level;
	private Text reviewer;
	private Table saved;
	private Label problem;

	@PostConstruct
	public void create(Composite parent) {
		parent.setLayout(new GridLayout(2, false));
		if (session.storeProblem() != null || session.concepts().isEmpty()) {
			problem = new Label(parent, SWT.WRAP);
			problem.setText(session.storeProblem() != null ? session.storeProblem() : Messages.noConcepts);
			problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
			if (session.storeProblem() != null) {
				return;
			}
		}
		if (session.storeIsEmpty()) {
			// A first start: say what to do first instead of showing empty lists.
			Label hint = new Label(parent, SWT.WRAP);
			hint.setText(NLS.bind(Messages.emptyStore, session.store().location()));
			GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
			layout.widthHint = 360;
			hint.setLayoutData(layout);
		}
		concept = combo(parent, Messages.concept);
		for (InstalledConcept c : session.concepts()) {
			concept.add(c.id() + " – " + c.title());
		}
		stage = combo(parent, Messages.stage);
		caseId = text(parent, Messages.caseId, "");
		new Label(parent, SWT.NONE).setText(Messages.level);
		level = new Spinner(parent, SWT.BORDER);
		level.setValues(1, 1, 4, 0, 1, 1);
		reviewer = text(parent, Messages.reviewer, System.getProperty("user.name", ""));
		Button open = new Button(parent, SWT.PUSH);
		open.setText(Messages.open);
		open.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false, 2, 1));
		open.addListener(SWT.Selection, e -> openTyped());

		Label savedLabel = new Label(parent, SWT.NONE);
		savedLabel.setText(Messages.savedReviews);
		savedLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		saved = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		saved.setHeaderVisible(true);
		saved.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		for (String column : new String[] { Messages.caseId, Messages.stage, Messages.level, Messages.reviewer }) {
			new TableColumn(saved, SWT.NONE).setText(column);
		}
		saved.addListener(SWT.DefaultSelection, e -> openSelected());

		concept.addListener(SWT.Selection, e -> conceptChanged());
		if (concept.getItemCount() > 0) {
			concept.select(0);
			conceptChanged();
		}
		session.onSaved(this::refresh);
	}

	private InstalledConcept selectedConcept() {
		int index = concept.getSelectionIndex();
		return index < 0 ? null : session.concepts().get(index);
	}

	private void conceptChanged() {
		stage.removeAll();
		InstalledConcept selected = selectedConcept();
		if (selected != null) {
			for (Stage s : selected.stages()) {
				stage.add(s.getTitle());
			}
			stage.select(0);
		}
		refresh();
	}

	private void openTyped() {
		InstalledConcept selected = selectedConcept();
		String id = caseId.getText().trim();
		if (selected == null || id.isEmpty() || stage.getSelectionIndex() < 0) {
			caseId.setMessage(Messages.caseIdNeeded);
			caseId.setFocus();
			return;
		}
		session.open(selected, id, selected.stages().get(stage.getSelectionIndex()).getName(), level.getSelection(),
				reviewer.getText().trim());
	}

	private void openSelected() {
		InstalledConcept selected = selectedConcept();
		if (selected == null || saved.getSelectionCount() == 0) {
			return;
		}
		Review review = (Review) saved.getSelection()[0].getData();
		session.open(selected, review.getCaseId(), review.getStage(), review.getLevel(), reviewer.getText().trim());
	}

	private void refresh() {
		if (saved == null || saved.isDisposed()) {
			return;
		}
		saved.removeAll();
		InstalledConcept selected = selectedConcept();
		if (selected == null) {
			return;
		}
		List<Review> reviews = session.store().reviews(selected.id());
		for (Review review : reviews) {
			TableItem item = new TableItem(saved, SWT.NONE);
			String stageTitle = selected.stage(review.getStage()).map(Stage::getTitle).orElse(review.getStage());
			item.setText(new String[] { review.getCaseId(), stageTitle, Integer.toString(review.getLevel()),
					review.getReviewer() == null ? "" : review.getReviewer() });
			item.setData(review);
		}
		for (TableColumn column : saved.getColumns()) {
			column.pack();
		}
		saved.setToolTipText(NLS.bind(Messages.storeAt, session.store().location()));
	}

	private static Combo combo(Composite parent, String label) {
		new Label(parent, SWT.NONE).setText(label);
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return combo;
	}

	private static Text text(Composite parent, String label, String value) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		text.setText(value);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return text;
	}
}
