package dk.tilsyn.editor.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.util.CancelIndicator;

import dk.tilsyn.editor.DocumentAnalysis;
import dk.tilsyn.editor.XtextDocument;

/**
 * The Outline view of an Xtext document: the language's document symbols (the same the
 * language server gives), refreshed after every analysis; selecting one selects its name.
 */
public final class OutlinePage extends ContentOutlinePage {
	private final ITextEditor editor;
	private final XtextDocument document;
	private final Consumer<DocumentAnalysis> refresh = this::refresh;
	/** The analysis the symbols shown are of: their ranges are in its text. */
	private volatile DocumentAnalysis shownAnalysis;

	public OutlinePage(ITextEditor editor, XtextDocument document) {
		this.editor = editor;
		this.document = document;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				List<DocumentSymbol> children = ((DocumentSymbol) parent).getChildren();
				return children == null ? new Object[0] : children.toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
				return children != null && !children.isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				DocumentSymbol symbol = (DocumentSymbol) element;
				return symbol.getDetail() == null || symbol.getDetail().isBlank() ? symbol.getName()
						: symbol.getName() + " – " + symbol.getDetail();
			}

			@Override
			public Image getImage(Object element) {
				DocumentSymbol symbol = (DocumentSymbol) element;
				boolean container = symbol.getChildren() != null && !symbol.getChildren().isEmpty()
						|| symbol.getKind() == SymbolKind.Module || symbol.getKind() == SymbolKind.Package;
				return PlatformUI.getWorkbench().getSharedImages()
						.getImage(container ? ISharedImages.IMG_OBJ_FOLDER : ISharedImages.IMG_OBJ_ELEMENT);
			}
		});
		viewer.addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof DocumentSymbol symbol && shownAnalysis != null) {
				int[] span = Lsp.span(shownAnalysis, symbol.getSelectionRange());
				editor.selectAndReveal(span[0], span[1]);
			}
		});
		document.addListener(refresh);
		DocumentAnalysis latest = document.latest();
		shownAnalysis = latest;
		viewer.setInput(latest == null ? List.of() : symbols(latest));
		viewer.expandToLevel(2);
	}

	/** Public for tests and for views that want to select in the outline. */
	@Override
	public TreeViewer getTreeViewer() {
		return super.getTreeViewer();
	}

	/** The outline's symbols of an analysis. */
	public static List<DocumentSymbol> symbols(DocumentAnalysis analysis) {
		return analysis.language().get(HierarchicalDocumentSymbolService.class).getSymbols(analysis.resource(),
				CancelIndicator.NullImpl);
	}

	private void refresh(DocumentAnalysis analysis) {
		List<DocumentSymbol> symbols = symbols(analysis);
		Control control = getControl();
		org.eclipse.swt.widgets.Display display = control == null || control.isDisposed() ? null : control.getDisplay();
		if (display == null) {
			return;
		}
		display.asyncExec(() -> {
			if (!control.isDisposed()) {
				shownAnalysis = analysis;
				getTreeViewer().setInput(symbols);
				getTreeViewer().expandToLevel(2);
			}
		});
	}

	@Override
	public void dispose() {
		document.removeListener(refresh);
		super.dispose();
	}
}
