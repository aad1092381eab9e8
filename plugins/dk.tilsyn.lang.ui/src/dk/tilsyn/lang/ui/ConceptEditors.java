package dk.tilsyn.lang.ui;

import java.util.Optional;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.texteditor.ITextEditor;

import dk.tilsyn.editor.XtextDocument;
import dk.tilsyn.model.concept.Concept;

/** The concept an editor is editing. */
public final class ConceptEditors {
	private ConceptEditors() {
	}

	/** The Xtext document of an editor on a .tilsyn file. */
	public static Optional<XtextDocument> document(IEditorPart part) {
		if (part instanceof ITextEditor editor && editor.getDocumentProvider() != null) {
			return XtextDocument.of(editor.getDocumentProvider().getDocument(editor.getEditorInput()))
					.filter(d -> d.language().owns("concept.tilsyn"));
		}
		return Optional.empty();
	}

	public static Optional<XtextDocument> active(IWorkbenchPage page) {
		return page == null ? Optional.empty() : document(page.getActiveEditor());
	}

	/** The concept of the document's newest analysis (or of a fresh parse), when it parses to one. */
	public static Optional<Concept> concept(XtextDocument document) {
		var analysis = document.latest() != null ? document.latest() : document.current();
		return analysis.resource().getContents().isEmpty() ? Optional.empty()
				: Optional.of(analysis.resource().getContents().get(0)).filter(Concept.class::isInstance)
						.map(Concept.class::cast);
	}
}
