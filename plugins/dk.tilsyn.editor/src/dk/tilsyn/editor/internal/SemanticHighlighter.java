package dk.tilsyn.editor.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.custom.StyleRange;

import dk.tilsyn.editor.DocumentAnalysis;
import dk.tilsyn.editor.HighlightedRange;
import dk.tilsyn.editor.XtextLanguage;

/**
 * Lays the semantic highlighting of the newest analysis over the lexical one. The ranges are
 * kept as document positions, so they move with the text typed until the next analysis.
 */
public final class SemanticHighlighter implements ITextPresentationListener {
	private static final String CATEGORY = "dk.tilsyn.editor.semantic";

	private final ITextViewer viewer;
	private final XtextLanguage language;
	private IDocument document;
	private IPositionUpdater updater;
	private List<HighlightedRange> shown = List.of();
	/** The document's modification stamp when the positions were laid. */
	private long shownStamp = -1;

	public SemanticHighlighter(ITextViewer viewer, XtextLanguage language) {
		this.viewer = viewer;
		this.language = language;
		((ITextViewerExtension4) viewer).addTextPresentationListener(this);
	}

	/** In the UI thread: shows the analysis' highlighting if the analysis is of the text shown. */
	public void show(DocumentAnalysis analysis) {
		IDocument current = viewer.getDocument();
		if (current == null || !analysis.text().equals(current.get())) {
			return; // typed on since: the next analysis comes
		}
		attach(current);
		List<HighlightedRange> ranges = analysis.semanticHighlighting();
		int first = 0;
		while (first < ranges.size() && first < shown.size() && ranges.get(first).equals(shown.get(first))) {
			first++;
		}
		long stamp = current instanceof IDocumentExtension4 d ? d.getModificationStamp() : -2;
		if (first == ranges.size() && first == shown.size() && stamp == shownStamp && stamp != -2) {
			return; // same highlighting, and no edit since that could have removed positions
		}
		if (stamp != shownStamp) {
			first = 0; // edits since the last time: positions may be gone anywhere, lay them all
		}
		try {
			document.removePositionCategory(CATEGORY);
			document.addPositionCategory(CATEGORY);
			for (HighlightedRange range : ranges) {
				document.addPosition(CATEGORY, new StyledPosition(range.offset(), range.length(), range.styleId()));
			}
		} catch (BadLocationException | BadPositionCategoryException e) {
			return; // the text changed under us: the next analysis repaints
		}
		int start = Math.min(first < ranges.size() ? ranges.get(first).offset() : Integer.MAX_VALUE,
				first < shown.size() ? shown.get(first).offset() : Integer.MAX_VALUE);
		shown = ranges;
		shownStamp = stamp;
		if (start < current.getLength()) {
			((ITextViewerExtension2) viewer).invalidateTextPresentation(start, current.getLength() - start);
		}
	}

	private void attach(IDocument current) {
		if (document == current) {
			return;
		}
		detach();
		document = current;
		document.addPositionCategory(CATEGORY);
		updater = new DefaultPositionUpdater(CATEGORY);
		document.addPositionUpdater(updater);
		shown = List.of();
	}

	private void detach() {
		if (document != null) {
			document.removePositionUpdater(updater);
			try {
				document.removePositionCategory(CATEGORY);
			} catch (BadPositionCategoryException e) {
				// never added
			}
			document = null;
		}
	}

	public void dispose() {
		((ITextViewerExtension4) viewer).removeTextPresentationListener(this);
		detach();
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		if (document == null || document != viewer.getDocument()) {
			return;
		}
		IRegion extent = presentation.getExtent();
		int from = extent.getOffset();
		int to = from + extent.getLength();
		Position[] positions;
		try {
			positions = document.getPositions(CATEGORY);
		} catch (BadPositionCategoryException e) {
			return;
		}
		List<StyleRange> ranges = new ArrayList<>();
		for (int i = firstEndingAfter(positions, from); i < positions.length; i++) {
			StyledPosition p = (StyledPosition) positions[i];
			if (p.offset >= to) {
				break;
			}
			if (p.isDeleted || p.length == 0) {
				continue;
			}
			int start = Math.max(from, p.offset);
			int end = Math.min(to, p.offset + p.length);
			StyleRange range = end > start ? Styles.range(language, start, end - start, p.styleId) : null;
			if (range != null) {
				ranges.add(range);
			}
		}
		if (!ranges.isEmpty()) {
			presentation.mergeStyleRanges(ranges.toArray(StyleRange[]::new));
		}
	}

	/** Positions are sorted by offset; skip those that end before the extent by bisection. */
	private static int firstEndingAfter(Position[] positions, int offset) {
		int low = 0;
		int high = positions.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (positions[mid].offset + positions[mid].length + 256 <= offset) { // slack: positions may nest
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low;
	}

	private static final class StyledPosition extends Position {
		final String styleId;

		StyledPosition(int offset, int length, String styleId) {
			super(offset, length);
			this.styleId = styleId;
		}
	}
}
