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
		/** The text the tokens are of: changes made with redraw off reach no damager. */
		private String lexed = "";

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
			this.language = XtextLanguages.forDocument(document).orElse(null);
			this.highlighter = language == null ? null : new LexicalHighlighter(language);
			this.tokens = List.of();
			this.lexed = "";
		}

		private void lex(String text) {
			tokens = highlighter.highlight(text);
			lexed = text;
		}

		@Override
		public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean partitioningChanged) {
			if (highlighter == null) {
				return partition;
			}
			List<HighlightedRange> before = tokens;
			lex(document.get());
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
			// the span of what changed, in the new text: the differing new tokens, and where the
			// differing old tokens stood (a keyword that became part of an id must lose its colour)
			int start = event.getOffset();
			if (first < tokens.size()) {
				start = Math.min(start, tokens.get(first).offset());
			}
			if (first < before.size()) {
				start = Math.min(start, before.get(first).offset());
			}
			int end = event.getOffset() + (event.getText() == null ? 0 : event.getText().length());
			if (lastNow >= first && lastNow < tokens.size()) {
				end = Math.max(end, tokens.get(lastNow).end());
			}
			if (lastBefore >= first && lastBefore < before.size()) {
				end = Math.max(end, toNew(before.get(lastBefore).end(), event));
			}
			start = Math.max(0, Math.min(start, document.getLength()));
			end = Math.max(start, Math.min(end, document.getLength()));
			return new Region(start, end - start);
		}

		/** Where an offset of the text before the change is in the text after it. */
		private static int toNew(int offset, DocumentEvent event) {
			int inserted = event.getText() == null ? 0 : event.getText().length();
			if (offset <= event.getOffset()) {
				return offset;
			}
			if (offset >= event.getOffset() + event.getLength()) {
				return offset + inserted - event.getLength();
			}
			return event.getOffset() + inserted;
		}

		@Override
		public void createPresentation(TextPresentation presentation, ITypedRegion damage) {
			if (highlighter == null) {
				return;
			}
			String text = document.get();
			if (!text.equals(lexed)) {
				lex(text); // the first presentation, or changes made while redraw was off
			}
			int from = damage.getOffset();
			int to = from + damage.getLength();
			// the whole damage is repainted: text between the tokens goes back to plain (without a
			// default range the viewer would only replace the ranges that have tokens)
			presentation.setDefaultStyleRange(new StyleRange(from, to - from, null, null));
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
