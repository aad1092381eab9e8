package dk.tilsyn.editor;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.xtext.nodemodel.INode;

import dk.tilsyn.editor.internal.Navigation;
import dk.tilsyn.editor.internal.Navigation.Target;

/**
 * Go to definition (F3, Ctrl+click) for the generic editor ({@code hyperlinkDetectors} with the
 * target {@code org.eclipse.ui.genericeditor.GenericEditor}): a reference links to the
 * declaration it resolves to, in this file or another.
 */
public class XtextHyperlinkDetector extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		XtextDocument document = XtextDocument.of(viewer.getDocument()).orElse(null);
		if (document == null) {
			return null;
		}
		DocumentAnalysis analysis = document.current();
		INode node = Navigation.referenceNodeAt(analysis.resource(), region.getOffset());
		Target target = node == null ? null : Navigation.declarationOf(analysis.resource(), region.getOffset());
		if (target == null) {
			return null;
		}
		IRegion link = new Region(node.getOffset(), node.getLength());
		return new IHyperlink[] { new IHyperlink() {
			@Override
			public IRegion getHyperlinkRegion() {
				return link;
			}

			@Override
			public String getTypeLabel() {
				return null;
			}

			@Override
			public String getHyperlinkText() {
				return target.name();
			}

			@Override
			public void open() {
				Navigation.open(target);
			}
		} };
	}
}
