package dk.tilsyn.cli.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;

/** Takes {@code --name value} options out of an argument list. */
final class Options {
	private Options() {
	}

	/**
	 * Removes {@code name value} from args and returns the value, or null when absent. An option
	 * at the end, or followed by another option, has no value; an option given twice is refused.
	 */
	static String take(List<String> args, String name) {
		int at = args.indexOf(name);
		if (at < 0) {
			return null;
		}
		if (at + 1 >= args.size() || args.get(at + 1).startsWith("--")) {
			throw new UsageException(NLS.bind(Messages.optionNeedsValue, name));
		}
		String value = args.get(at + 1);
		args.subList(at, at + 2).clear();
		if (args.contains(name)) {
			throw new UsageException(NLS.bind(Messages.optionGivenTwice, name));
		}
		return value;
	}

	/** The value of an option the command cannot do without; its absence is named. */
	static String required(String value, String name, String usage) {
		if (value == null) {
			throw new UsageException(NLS.bind(Messages.optionMissing, name), usage);
		}
		return value;
	}

	static int takeInt(List<String> args, String name, int defaultValue, int min, int max) {
		String value = take(args, name);
		if (value == null) {
			return defaultValue;
		}
		try {
			int n = Integer.parseInt(value);
			if (n >= min && n <= max) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(NLS.bind(Messages.optionNotANumber, new Object[] { name, min, max }));
	}

	/** Refuses what is left over that looks like an option. */
	static void noMoreOptions(List<String> args) {
		for (String arg : args) {
			if (arg.startsWith("--")) {
				throw new UsageException(NLS.bind(Messages.unknownOption, arg));
			}
		}
	}
}
