package dk.tilsyn.editor.internal;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentRewriteSession;
import org.eclipse.jface.text.DocumentRewriteSessionType;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;

import dk.tilsyn.editor.DocumentAnalysis;

/** Between the Xtext IDE services' LSP types and jface offsets. */
public final class Lsp {
	private Lsp() {
	}

	public static Position position(DocumentAnalysis analysis, int offset) {
		return analysis.document().getPosition(offset);
	}

	public static int offset(DocumentAnalysis analysis, Position position) {
		return analysis.document().getOffSet(position);
	}

	public static TextDocumentIdentifier id(DocumentAnalysis analysis) {
		return new TextDocumentIdentifier(analysis.resource().getURI().toString());
	}

	/** Offset and length of a range in the analysed text. */
	public static int[] span(DocumentAnalysis analysis, Range range) {
		int start = offset(analysis, range.getStart());
		return new int[] { start, offset(analysis, range.getEnd()) - start };
	}

	/**
	 * Applies edits computed on the analysed text to a document that still has that text, as one
	 * change (one undo).
	 */
	public static void apply(DocumentAnalysis analysis, List<? extends TextEdit> edits, IDocument document)
			throws BadLocationException {
		if (edits.isEmpty()) {
			return;
		}
		MultiTextEdit all = new MultiTextEdit();
		for (TextEdit edit : edits) {
			int[] span = span(analysis, edit.getRange());
			all.addChild(new ReplaceEdit(span[0], span[1], edit.getNewText()));
		}
		// one rewrite session: the editor re-lexes once at its end, not once per edit
		DocumentRewriteSession session = document instanceof IDocumentExtension4 d
				? d.startRewriteSession(DocumentRewriteSessionType.UNRESTRICTED) : null;
		try {
			all.apply(document);
		} catch (MalformedTreeException e) {
			throw new BadLocationException("overlapping edits: " + e.getMessage());
		} finally {
			if (session != null) {
				((IDocumentExtension4) document).stopRewriteSession(session);
			}
		}
	}
}
