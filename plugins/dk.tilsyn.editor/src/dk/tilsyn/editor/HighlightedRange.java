package dk.tilsyn.editor;

/** A stretch of text and the id of the style it is shown in (see {@link HighlightStyle}). */
public record HighlightedRange(int offset, int length, String styleId) {

	public int end() {
		return offset + length;
	}
}
