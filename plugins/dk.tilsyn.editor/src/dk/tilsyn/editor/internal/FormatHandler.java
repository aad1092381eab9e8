package dk.tilsyn.editor.internal;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.util.CancelIndicator;

import dk.tilsyn.editor.DocumentAnalysis;
import dk.tilsyn.editor.XtextDocument;

/** Format (Ctrl+Shift+F): the language's formatter over the whole document, as one undoable change. */
public class FormatHandler extends EditorHandler {

	@Override
	void execute(ITextEditor editor, XtextDocument document, int offset) {
		if (format(editor, document) < 0) {
			editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(Messages.formatSyntaxErrors);
		}
	}

	/** Formats the document; returns the number of edits made, or -1 when it has syntax errors. */
	public static int format(ITextEditor editor, XtextDocument document) {
		DocumentAnalysis analysis = document.current();
		if (analysis.resource().getParseResult() != null && analysis.resource().getParseResult().hasSyntaxErrors()) {
			return -1; // the formatter would move text around a syntax error
		}
		List<? extends TextEdit> edits = document.language().get(FormattingService.class).format(analysis.document(),
				analysis.resource(), new DocumentFormattingParams(Lsp.id(analysis), new FormattingOptions(4, false)),
				CancelIndicator.NullImpl);
		IRewriteTarget target = editor == null ? null : editor.getAdapter(IRewriteTarget.class);
		if (target != null) {
			target.beginCompoundChange();
		}
		try {
			Lsp.apply(analysis, edits, document.document());
		} catch (BadLocationException e) {
			return 0; // typed during formatting: nothing applied
		} finally {
			if (target != null) {
				target.endCompoundChange();
			}
		}
		return edits.size();
	}
}
