package dk.tilsyn.lang.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.UnwantedTokenException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Syntax errors in the language's words (Danish by default), with {@link IssueCodes#SYNTAX_ERROR}:
 * what was found, and what may stand there when the parser knows it ("uventet 'hvis' her; her
 * forventes et id"), instead of ANTLR's "mismatched input … expecting …".
 */
public class TilsynSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {
	private static final int SHOWN = 30;

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException e = context.getRecognitionException();
		String[] names = context.getTokenNames();
		Token token = e == null ? null : e.token;
		String message;
		if (token == null) {
			INode node = context.getCurrentNode();
			String text = node == null ? "" : node.getText();
			message = NLS.bind(Messages.syntaxUnexpectedNoHint, quote(text));
		} else if (token.getType() == Token.INVALID_TOKEN_TYPE || "RULE_ANY_OTHER".equals(name(names, token.getType()))) {
			message = NLS.bind(Messages.syntaxBadCharacter, quote(token.getText()));
		} else {
			String found = found(token);
			int expecting = e instanceof MismatchedTokenException m ? m.expecting : -1;
			String expected = expecting > 0 ? describe(names, expecting) : null;
			if (e instanceof MissingTokenException && expected != null) {
				message = NLS.bind(Messages.syntaxMissing, found, expected);
			} else if (expected != null && !(e instanceof UnwantedTokenException)) {
				message = NLS.bind(Messages.syntaxUnexpected, found, expected);
			} else {
				message = NLS.bind(Messages.syntaxUnexpectedNoHint, found);
			}
		}
		return new SyntaxErrorMessage(NLS.bind(Messages.syntaxError, message), IssueCodes.SYNTAX_ERROR);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		INode node = context.getValueConverterException().getNode();
		if (node == null) {
			node = context.getCurrentNode();
		}
		String text = node == null ? "" : NodeModelUtils.getTokenText(node);
		Matcher number = Pattern.compile("\\d{10,}").matcher(text);
		String message = text.matches("\\d+") ? NLS.bind(Messages.syntaxBadNumber, text)
				: number.find() ? NLS.bind(Messages.syntaxBadNumber, number.group())
						: NLS.bind(Messages.syntaxBadValue, quote(text));
		return new SyntaxErrorMessage(NLS.bind(Messages.syntaxError, message), IssueCodes.SYNTAX_ERROR);
	}

	private static String found(Token token) {
		return token.getType() == Token.EOF ? Messages.syntaxEndOfFile : quote(token.getText());
	}

	/** A token as the lawyer reads it: keywords in quotes, terminals by what they are. */
	private static String describe(String[] names, int type) {
		String name = name(names, type);
		if (type == Token.EOF) {
			return Messages.syntaxEndOfFile;
		}
		return switch (name == null ? "" : name) {
		case "RULE_ID" -> Messages.kindId;
		case "RULE_STRING" -> Messages.kindText;
		case "RULE_INT" -> Messages.kindNumber;
		case "RULE_DATE" -> Messages.kindDate;
		case "" -> null;
		default -> name.startsWith("'") ? quote(unescape(name.substring(1, name.length() - 1))) : null;
		};
	}

	private static String name(String[] names, int type) {
		return names != null && type >= 0 && type < names.length ? names[type] : null;
	}

	/** Token names hold keywords as Java escapes (h\u00E6ndelse). */
	private static String unescape(String name) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c == '\\' && i + 5 < name.length() && name.charAt(i + 1) == 'u') {
				try {
					s.append((char) Integer.parseInt(name.substring(i + 2, i + 6), 16));
					i += 5;
					continue;
				} catch (NumberFormatException | StringIndexOutOfBoundsException e) {
					// not an escape: kept as written
				}
			}
			s.append(c);
		}
		return s.toString();
	}

	/** The text in quotes, shortened, without line breaks or control characters. */
	private static String quote(String text) {
		String t = text == null ? "" : text.replaceAll("\\p{Cntrl}", " ").strip();
		if (t.length() > SHOWN) {
			t = t.substring(0, SHOWN) + "…";
		}
		return "'" + t + "'";
	}
}
