package dk.tilsyn.lang.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import dk.tilsyn.lang.ui.ConceptEditors;

/** "Preview form": shows the form preview of the active concept editor. */
public class PreviewHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		var document = ConceptEditors.document(HandlerUtil.getActiveEditor(event));
		try {
			PreviewView view = (PreviewView) page.showView(PreviewView.ID);
			document.ifPresent(view::follow);
			view.refresh();
			return view;
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}
}
