package dk.tilsyn.editor;

import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.util.CancelIndicator;

import dk.tilsyn.editor.internal.Lsp;

/**
 * Hovers for the generic editor ({@code hoverProviders}): what the language's hover service
 * says of the element under the mouse (its documentation provider), as plain text.
 */
public class XtextTextHover implements ITextHover, ITextHoverExtension {

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		return XtextDocument.of(viewer.getDocument()).map(d -> hoverText(d, region.getOffset())).orElse(null);
	}

	/** The hover text at an offset, or null when there is nothing to say. */
	public static String hoverText(XtextDocument document, int offset) {
		DocumentAnalysis analysis = document.current();
		Hover hover = document.language().get(HoverService.class).hover(analysis.document(), analysis.resource(),
				new HoverParams(Lsp.id(analysis), Lsp.position(analysis, offset)), CancelIndicator.NullImpl);
		if (hover == null || hover.getContents() == null || !hover.getContents().isRight()) {
			return null;
		}
		MarkupContent content = hover.getContents().getRight();
		String text = content.getValue();
		return text == null || text.isBlank() ? null : plain(text);
	}

	/** Markdown to plain text: emphasis and code marks dropped, paragraphs kept. */
	static String plain(String markdown) {
		return markdown.replaceAll("\\*\\*|__|`", "").replaceAll("(?m)^#+[ \\t]*", "")
				.replaceAll("(?m)^[ \\t]*[-*][ \\t]+", "• ").replaceAll("\n{3,}", "\n\n").strip();
	}

	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return parent -> new DefaultInformationControl(parent, (String) null);
	}
}
