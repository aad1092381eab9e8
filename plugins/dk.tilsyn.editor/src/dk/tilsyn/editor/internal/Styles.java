package dk.tilsyn.editor.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;

import dk.tilsyn.editor.HighlightStyle;
import dk.tilsyn.editor.XtextLanguage;

/** A language's highlighting styles as SWT style ranges. */
public final class Styles {
	private Styles() {
	}

	/** The style range for a style id, or null when the language does not colour it. */
	public static StyleRange range(XtextLanguage language, int offset, int length, String styleId) {
		HighlightStyle style = language.style(styleId);
		if (style == null) {
			return null;
		}
		StyleRange range = new StyleRange(offset, length, new Color(style.red(), style.green(), style.blue()), null);
		range.fontStyle = (style.bold() ? SWT.BOLD : SWT.NORMAL) | (style.italic() ? SWT.ITALIC : SWT.NORMAL);
		return range;
	}
}
