package dk.tilsyn.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;

import com.google.inject.Provider;

/**
 * Syntax highlighting from the language's own lexer (the one its parser uses), so keywords,
 * strings, numbers and comments are coloured exactly as the grammar tokenizes them, while the
 * lawyer types and before any parse. Token names come from the grammar: a quoted name is a
 * keyword (or punctuation when it has no letter), RULE_STRING a string, and so on.
 */
public final class LexicalHighlighter {
	private final Provider<Lexer> lexers;
	private final String[] styleOfType;

	public LexicalHighlighter(XtextLanguage language) {
		this.lexers = language.injector().getProvider(Lexer.class);
		Map<Integer, String> names = language.get(ITokenDefProvider.class).getTokenDefMap();
		int max = names.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
		styleOfType = new String[max + 1];
		names.forEach((type, name) -> styleOfType[type] = styleOf(name));
	}

	static String styleOf(String tokenName) {
		if (tokenName.startsWith("'")) {
			return tokenName.codePoints().anyMatch(Character::isLetter) ? HighlightingStyles.KEYWORD_ID
					: HighlightingStyles.PUNCTUATION_ID;
		}
		return switch (tokenName) {
		case "RULE_STRING" -> HighlightingStyles.STRING_ID;
		case "RULE_ML_COMMENT", "RULE_SL_COMMENT" -> HighlightingStyles.COMMENT_ID;
		case "RULE_INT", "RULE_DECIMAL", "RULE_HEX" -> HighlightingStyles.NUMBER_ID;
		default -> tokenName.contains("DATE") || tokenName.contains("NUMBER") ? HighlightingStyles.NUMBER_ID
				: HighlightingStyles.DEFAULT_ID;
		};
	}

	/** Every token of the text that has a style other than the default, in order. */
	public List<HighlightedRange> highlight(String text) {
		Lexer lexer = lexers.get();
		lexer.setCharStream(new ANTLRStringStream(text));
		List<HighlightedRange> ranges = new ArrayList<>(text.length() / 6);
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			int type = token.getType();
			String style = type >= 0 && type < styleOfType.length ? styleOfType[type] : null;
			if (style != null && !HighlightingStyles.DEFAULT_ID.equals(style)
					&& !HighlightingStyles.PUNCTUATION_ID.equals(style)) {
				CommonToken common = (CommonToken) token;
				ranges.add(new HighlightedRange(common.getStartIndex(),
						common.getStopIndex() - common.getStartIndex() + 1, style));
			}
		}
		return ranges;
	}
}
