package dk.tilsyn.editor.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

import dk.tilsyn.editor.XtextDocument;

/** A command on the active editor's Xtext document at the caret. */
abstract class EditorHandler extends AbstractHandler {

	@Override
	public final Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof ITextEditor editor) || editor.getDocumentProvider() == null) {
			return null;
		}
		XtextDocument document = XtextDocument.of(editor.getDocumentProvider().getDocument(editor.getEditorInput()))
				.orElse(null);
		if (document == null) {
			return null;
		}
		int offset = editor.getSelectionProvider().getSelection() instanceof ITextSelection selection
				? selection.getOffset() : 0;
		execute(editor, document, offset);
		return null;
	}

	abstract void execute(ITextEditor editor, XtextDocument document, int offset) throws ExecutionException;
}
