package dk.tilsyn.editor.internal;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import dk.tilsyn.editor.XtextDocument;

/** Gives the generic editor an outline when it edits a file of an Xtext language. */
public class OutlineAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> type) {
		if (type == IContentOutlinePage.class && adaptable instanceof ITextEditor editor) {
			var provider = editor.getDocumentProvider();
			if (provider == null) {
				return null;
			}
			return XtextDocument.of(provider.getDocument(editor.getEditorInput()))
					.map(d -> type.cast(new OutlinePage(editor, d))).orElse(null);
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}
}
