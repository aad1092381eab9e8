package dk.tilsyn.editor.internal;

import org.eclipse.ui.PartInitException;
import org.eclipse.ui.texteditor.ITextEditor;

import dk.tilsyn.editor.XtextDocument;

/** Find references (Ctrl+Shift+G): the declaration and every use, listed in the References view. */
public class ReferencesHandler extends EditorHandler {

	@Override
	void execute(ITextEditor editor, XtextDocument document, int offset) {
		Occurrences.Found found = Occurrences.find(document, offset);
		try {
			ReferencesView view = (ReferencesView) editor.getSite().getPage().showView(ReferencesView.ID);
			view.show(found);
		} catch (PartInitException e) {
			org.eclipse.core.runtime.ILog.of(getClass()).error("References view", e);
		}
	}
}
