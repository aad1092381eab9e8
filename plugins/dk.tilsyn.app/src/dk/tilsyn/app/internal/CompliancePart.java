package dk.tilsyn.app.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dk.tilsyn.concept.InstalledConcept;
import dk.tilsyn.report.ComplianceReport;
import dk.tilsyn.report.QuestionCompliance;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** Compliance per question over the saved reviews of the concept in use ("not relevant" left out). */
public class CompliancePart {
	@Inject
	private ReviewSession session;

	private Table table;
	private InstalledConcept concept;

	@PostConstruct
	public void create(Composite parent) {
		parent.setLayout(new FillLayout());
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		String[] columns = { Messages.stage, Messages.question, Messages.text, Messages.yes, Messages.no,
				Messages.notRelevant, Messages.share };
		for (int i = 0; i < columns.length; i++) {
			TableColumn column = new TableColumn(table, i >= 3 ? SWT.RIGHT : SWT.LEFT);
			column.setText(columns[i]);
		}
		session.onOpen(opened -> {
			concept = opened.concept();
			refresh();
		});
		session.onSaved(this::refresh);
		if (!session.concepts().isEmpty() && session.store() != null) {
			concept = session.concepts().get(0);
			refresh();
		}
	}

	private void refresh() {
		if (table.isDisposed() || concept == null) {
			return;
		}
		table.removeAll();
		ComplianceReport report = ComplianceReport.of(concept, session.store().reviews(concept.id()));
		for (QuestionCompliance row : report.rows()) {
			TableItem item = new TableItem(table, SWT.NONE);
			String text = row.text().length() > 90 ? row.text().substring(0, 89) + "…" : row.text();
			item.setText(new String[] { row.stageTitle(), row.questionId(), text, Integer.toString(row.yes()),
					Integer.toString(row.no()), Integer.toString(row.notRelevant()), row.percent() });
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		TableColumn text = table.getColumn(2); // long question texts must not push the counts out of sight
		text.setWidth(Math.min(text.getWidth(), 460));
	}
}
