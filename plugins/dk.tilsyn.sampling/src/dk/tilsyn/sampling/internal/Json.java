package dk.tilsyn.sampling.internal;

import java.util.List;

/** A small JSON writer for the audit record and the sample; keys in the order written. */
public final class Json {
	private final StringBuilder out = new StringBuilder();
	private final String indentUnit;
	private int depth;
	private boolean first = true;

	public Json(boolean pretty) {
		this.indentUnit = pretty ? "  " : null;
	}

	public Json beginObject() {
		value();
		out.append('{');
		depth++;
		first = true;
		return this;
	}

	public Json endObject() {
		depth--;
		if (!first) {
			newline();
		}
		out.append('}');
		first = false;
		return this;
	}

	public Json beginArray() {
		value();
		out.append('[');
		depth++;
		first = true;
		return this;
	}

	public Json endArray() {
		depth--;
		if (!first) {
			newline();
		}
		out.append(']');
		first = false;
		return this;
	}

	/** A key in an object; the next call writes its value. */
	public Json key(String key) {
		separate();
		string(key);
		out.append(indentUnit == null ? ":" : ": ");
		pendingValue = true;
		return this;
	}

	private boolean pendingValue;

	private void value() {
		if (pendingValue) {
			pendingValue = false;
		} else if (depth > 0) {
			separate();
		}
	}

	private void separate() {
		if (!first) {
			out.append(',');
		}
		first = false;
		newline();
	}

	private void newline() {
		if (indentUnit != null) {
			out.append('\n').append(indentUnit.repeat(depth));
		}
	}

	public Json value(String s) {
		value();
		if (s == null) {
			out.append("null");
		} else {
			string(s);
		}
		first = false;
		return this;
	}

	public Json value(long n) {
		value();
		out.append(n);
		first = false;
		return this;
	}

	public Json value(boolean b) {
		value();
		out.append(b);
		first = false;
		return this;
	}

	public Json field(String key, String s) {
		return key(key).value(s);
	}

	public Json field(String key, long n) {
		return key(key).value(n);
	}

	public Json field(String key, boolean b) {
		return key(key).value(b);
	}

	public Json field(String key, List<String> strings) {
		key(key).beginArray();
		strings.forEach(this::value);
		return endArray();
	}

	private void string(String s) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20) {
					out.append("\\u%04x".formatted((int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}

	@Override
	public String toString() {
		return out.toString();
	}
}
