package dk.tilsyn.lang.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import dk.tilsyn.lang.validation.IssueCodes;
import dk.tilsyn.lang.validation.Messages;

/**
 * The limits of a condition, enforced on the text before it is parsed: the parser descends
 * once per parenthesis and per "ikke", and a chain of "og"/"eller" becomes a tree as deep as
 * the chain, which every later step (checks, generator, formatter) walks recursively. A
 * condition may nest {@value #MAX_NESTING} levels and join {@value #MAX_PARTS} parts.
 * <p>
 * What lies beyond a limit is blanked (replaced by spaces, line breaks kept, so every offset,
 * line and column stays that of the file): a surplus "(" with its ")", a surplus "ikke", or the
 * rest of an over-long condition. What remains parses as it would, and the file gets one error
 * where the limit was passed. One linear pass, no recursion. A UTF-8 byte order mark at the
 * start is blanked too: it is not text.
 */
public final class NestingLimits {
	public static final int MAX_NESTING = 50;
	public static final int MAX_PARTS = 100;

	/** Words after which a condition has ended (or not begun): the count of its parts restarts. */
	private static final Set<String> CONDITION_ENDS = Set.of("hvis", "jf.", "tema", "frist", "svar", "engelsk",
			"vejledning", "grundkrav", "taskforce", "sagstrin", "regel", "lov", "importer", "koncept", "bibliotek",
			"niveau", "ramme", "fra", "inden", "senest");

	/** An error for the part of the text that was blanked. */
	public record Refusal(int offset, int length, String code, String message) {
	}

	private record Open(boolean paren, boolean blanked) {
	}

	private final char[] text;
	private final List<Refusal> refusals = new ArrayList<>();
	private final Deque<Open> open = new ArrayDeque<>();
	private boolean changed;
	private int parts;
	private boolean blanking; // the rest of an over-long condition
	private boolean nestingReported;
	private int noCommentEndFrom = Integer.MAX_VALUE;
	private int noDoubleQuoteEndFrom = Integer.MAX_VALUE;
	private int noSingleQuoteEndFrom = Integer.MAX_VALUE;

	private NestingLimits(String input) {
		this.text = input.toCharArray();
	}

	/** Scans the text; {@link #text()} is what to parse, {@link #refusals()} what to report. */
	public static NestingLimits scan(String input) {
		NestingLimits scan = new NestingLimits(input);
		scan.run();
		return scan;
	}

	public String text() {
		return new String(text);
	}

	public boolean changed() {
		return changed;
	}

	public List<Refusal> refusals() {
		return refusals;
	}

	private void run() {
		int n = text.length;
		int i = 0;
		if (n > 0 && text[0] == '\uFEFF') {
			text[0] = ' ';
			changed = true;
			i = 1;
		}
		while (i < n) {
			char c = text[i];
			if (Character.isWhitespace(c)) {
				i++;
			} else if (c == '"' || c == '\'') {
				int end = endOfString(i);
				if (end < 0) {
					i++; // the lexer gives up on the quote and goes on after it
				} else {
					atom(i, end);
					i = end;
				}
			} else if (c == '/' && i + 1 < n && text[i + 1] == '/') {
				while (i < n && text[i] != '\n' && text[i] != '\r') {
					i++;
				}
			} else if (c == '/' && i + 1 < n && text[i + 1] == '*') {
				int end = indexOf("*/", i + 2);
				i = end < 0 ? i + 1 : end + 2;
			} else if (c == '(') {
				openParen(i);
				i++;
			} else if (c == ')') {
				closeParen(i);
				i++;
			} else if (c == '{' || c == '}' || c == '§' || c == ':') {
				conditionEnds();
				i++;
			} else if (isWordChar(c)) {
				int end = i;
				while (end < n && isWordChar(text[end])) {
					end++;
				}
				String word = new String(text, i, end - i);
				if (end < n && text[end] == '.' && Set.of("jf", "stk", "nr", "pr").contains(word)) {
					word += '.';
					end++;
				}
				word(word, i, end);
				i = end;
			} else {
				atom(i, i + 1);
				i++;
			}
		}
	}

	private void word(String word, int start, int end) {
		if (CONDITION_ENDS.contains(word)) {
			conditionEnds();
			return;
		}
		if (blanking) {
			blank(start, end);
			return;
		}
		if (word.equals("ikke")) {
			push(false, start, end);
		} else if (word.equals("og") || word.equals("eller")) {
			popNegations();
			if (++parts >= MAX_PARTS) {
				blanking = true;
				refusals.add(new Refusal(start, end - start, IssueCodes.CONDITION_TOO_LONG,
						NLS.bind(Messages.conditionTooLong, MAX_PARTS)));
				blank(start, end);
			}
		} else {
			popNegations();
		}
	}

	private void atom(int start, int end) {
		if (blanking) {
			blank(start, end);
		} else {
			popNegations();
		}
	}

	private void openParen(int at) {
		if (blanking) {
			open.push(new Open(true, true));
			blank(at, at + 1);
		} else {
			push(true, at, at + 1);
		}
	}

	private void push(boolean paren, int start, int end) {
		boolean tooDeep = open.size() >= MAX_NESTING;
		open.push(new Open(paren, tooDeep));
		if (tooDeep) {
			blank(start, end);
			if (!nestingReported) {
				nestingReported = true;
				refusals.add(new Refusal(start, end - start, IssueCodes.NESTING_TOO_DEEP,
						NLS.bind(Messages.nestingTooDeep, MAX_NESTING)));
			}
		} else if (open.size() < MAX_NESTING / 2) {
			nestingReported = false; // a later, separate excess is reported again
		}
	}

	private void closeParen(int at) {
		popNegations();
		if (!open.isEmpty() && open.peek().paren()) {
			if (open.pop().blanked()) {
				blank(at, at + 1);
			}
		} else if (blanking) {
			blank(at, at + 1);
		}
		popNegations(); // the parenthesis was the operand of the "ikke"s before it
	}

	/** The operand of the "ikke"s on top has been read. */
	private void popNegations() {
		while (!open.isEmpty() && !open.peek().paren()) {
			open.pop();
		}
	}

	/**
	 * Open parentheses stay counted: in a broken file the parser's recovery may go on inside
	 * them, so only negations (whose operand is missing now) are dropped.
	 */
	private void conditionEnds() {
		blanking = false;
		parts = 0;
		popNegations();
	}

	private void blank(int start, int end) {
		for (int i = start; i < end; i++) {
			if (text[i] != '\n' && text[i] != '\r') {
				text[i] = ' ';
			}
		}
		changed = true;
	}

	/** The offset after the closing quote, or -1 when the string does not end. */
	private int endOfString(int start) {
		char quote = text[start];
		int known = quote == '"' ? noDoubleQuoteEndFrom : noSingleQuoteEndFrom;
		if (start >= known) {
			return -1;
		}
		for (int i = start + 1; i < text.length; i++) {
			if (text[i] == '\\') {
				i++;
			} else if (text[i] == quote) {
				return i + 1;
			}
		}
		if (quote == '"') { // no closing quote after this one: later ones end nowhere either
			noDoubleQuoteEndFrom = start;
		} else {
			noSingleQuoteEndFrom = start;
		}
		return -1;
	}

	private int indexOf(String s, int from) {
		if (from >= noCommentEndFrom) {
			return -1;
		}
		for (int i = from; i + s.length() <= text.length; i++) {
			if (text[i] == s.charAt(0) && text[i + 1] == s.charAt(1)) {
				return i;
			}
		}
		noCommentEndFrom = from; // later searches would fail too: the scan stays linear
		return -1;
	}

	/**
	 * The characters of an id or keyword as the lexer reads them: ASCII letters, digits and
	 * '_' (ids are ASCII), so "ikkeø" is "ikke" followed by a stray character, as for the lexer.
	 */
	private static boolean isWordChar(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
	}
}
