package dk.tilsyn.editor.internal;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import dk.tilsyn.editor.internal.Navigation.Target;
import dk.tilsyn.editor.internal.Occurrences.Occurrence;

/** The declaration and the uses of an element; a double click goes there. */
public class ReferencesView extends ViewPart {
	public static final String ID = "dk.tilsyn.editor.references";

	private Label summary;
	private TableViewer table;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		summary = new Label(parent, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		summary.setText(Messages.referencesNone);
		table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
		table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.getTable().setHeaderVisible(true);
		column(Messages.referencesFile, 220, o -> o.file().getFullPath().toString());
		column(Messages.referencesLine, 60, o -> Integer.toString(o.line()));
		column(Messages.referencesText, 520, o -> (o.declaration() ? Messages.referencesDeclaration + " " : "") + o.lineText());
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.addDoubleClickListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof Occurrence o) {
				Navigation.open(new Target(org.eclipse.emf.common.util.URI
						.createPlatformResourceURI(o.file().getFullPath().toString(), true), o.offset(), o.length(), null));
			}
		});
	}

	private void column(String title, int width, java.util.function.Function<Occurrence, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Occurrence) element);
			}
		});
	}

	/** Shows what was found (null: nothing at the caret). */
	public void show(Occurrences.Found found) {
		if (found == null) {
			summary.setText(Messages.referencesNone);
			table.setInput(List.of());
		} else {
			long uses = found.occurrences().stream().filter(o -> !o.declaration()).count();
			summary.setText(NLS.bind(Messages.referencesSummary, new Object[] { found.name(), uses, found.files() }));
			table.setInput(found.occurrences());
		}
		summary.getParent().layout();
	}

	/** The occurrences shown, for tests and other views. */
	@SuppressWarnings("unchecked")
	public List<Occurrence> shown() {
		Object input = table.getInput();
		return input == null ? List.of() : (List<Occurrence>) input;
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}
}
