package dk.tilsyn.editor;

import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

/**
 * How text of one style id looks: colour as 0xRRGGBB, bold, italic. The ids are Xtext's
 * ({@link HighlightingStyles}) and whatever a language's semantic highlighting calculator emits.
 */
public record HighlightStyle(String id, int rgb, boolean bold, boolean italic) {

	/** The styles every language gets; a language may add its own or override these. */
	public static final java.util.List<HighlightStyle> DEFAULTS = java.util.List.of(
			new HighlightStyle(HighlightingStyles.KEYWORD_ID, 0x7F0055, true, false),
			new HighlightStyle(HighlightingStyles.STRING_ID, 0x2A00FF, false, false),
			new HighlightStyle(HighlightingStyles.COMMENT_ID, 0x3F7F5F, false, true),
			new HighlightStyle(HighlightingStyles.NUMBER_ID, 0x125A8C, false, false),
			new HighlightStyle(HighlightingStyles.TASK_ID, 0x7F9FBF, true, false));

	public int red() {
		return (rgb >> 16) & 0xFF;
	}

	public int green() {
		return (rgb >> 8) & 0xFF;
	}

	public int blue() {
		return rgb & 0xFF;
	}
}
