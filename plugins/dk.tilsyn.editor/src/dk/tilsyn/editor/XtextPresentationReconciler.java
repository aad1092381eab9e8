package dk.tilsyn.editor;

import java.util.List;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.swt.custom.StyleRange;

import dk.tilsyn.editor.internal.Styles;

/**
 * Syntax highlighting for the generic editor ({@code presentationReconcilers}): the document is
 * lexed with the language's own lexer after every change, and only the tokens that differ from
 * the previous lexing are repainted. Semantic highlighting is laid over this by the reconciler.
 */
public class XtextPresentationReconciler extends PresentationReconciler {

	public XtextPresentationReconciler() {
		Lexical lexical = new Lexical();
		setDamager(lexical, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(lexical, IDocument.DEFAULT_CONTENT_TYPE);
	}

	private static final class Lexical implements IPresentationDamager, IPresentationRepairer {
		private IDocument document;
		private XtextLanguage language;
		private LexicalHighlighter highlighter;
		private List<HighlightedRange> tokens = List.of();

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
			this.language = XtextLanguages.forDocument(document).orElse(null);
			this.highlighter = language == null ? null : new LexicalHighlighter(language);
			this.tokens = List.of();
		}

		@Override
		public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean partitioningChanged) {
			if (highlighter == null) {
				return partition;
			}
			List<HighlightedRange> before = tokens;
			tokens = highlighter.highlight(document.get());
			int delta = (event.getText() == null ? 0 : event.getText().length()) - event.getLength();
			// first token that differs from the start, last one that differs from the end
			int first = 0;
			while (first < before.size() && first < tokens.size() && before.get(first).equals(tokens.get(first))
					&& before.get(first).end() <= event.getOffset()) {
				first++;
			}
			int lastBefore = before.size() - 1;
			int lastNow = tokens.size() - 1;
			while (lastBefore >= first && lastNow >= first) {
				HighlightedRange old = before.get(lastBefore);
				HighlightedRange now = tokens.get(lastNow);
				if (old.offset() < event.getOffset() + event.getLength() || old.offset() + delta != now.offset()
						|| old.length() != now.length() || !old.styleId().equals(now.styleId())) {
					break;
				}
				lastBefore--;
				lastNow--;
			}
			int start = Math.min(event.getOffset(), first < tokens.size() ? tokens.get(first).offset() : event.getOffset());
			int end = event.getOffset() + (event.getText() == null ? 0 : event.getText().length());
			if (lastNow >= first && lastNow < tokens.size()) {
				end = Math.max(end, tokens.get(lastNow).end());
			}
			start = Math.max(0, Math.min(start, document.getLength()));
			end = Math.max(start, Math.min(end, document.getLength()));
			return new Region(start, end - start);
		}

		@Override
		public void createPresentation(TextPresentation presentation, ITypedRegion damage) {
			if (highlighter == null) {
				return;
			}
			if (tokens.isEmpty() && document.getLength() > 0) {
				tokens = highlighter.highlight(document.get()); // the first presentation comes without a change
			}
			int from = damage.getOffset();
			int to = from + damage.getLength();
			for (HighlightedRange token : tokens) {
				if (token.end() <= from) {
					continue;
				}
				if (token.offset() >= to) {
					break;
				}
				int start = Math.max(from, token.offset());
				StyleRange range = Styles.range(language, start, Math.min(to, token.end()) - start, token.styleId());
				if (range != null) {
					presentation.addStyleRange(range);
				}
			}
		}
	}
}
