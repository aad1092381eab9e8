package dk.tilsyn.cli;

import java.util.Arrays;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import dk.tilsyn.cli.internal.Cli;

/** The headless application behind {@code tilsyn <command>}; its exit code is the command's. */
public class TilsynApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		quietLibraryLogging();
		return Integer.valueOf(new Cli(System.out, System.err).run(args == null ? new String[0] : Arrays.copyOf(args, args.length)));
	}

	/**
	 * Xtext logs through log4j; only its errors belong on the user's stderr, one line each:
	 * a layout that "handles" the throwable itself keeps log4j from printing the stack trace.
	 */
	private static void quietLibraryLogging() {
		Logger root = Logger.getRootLogger();
		if (!root.getAllAppenders().hasMoreElements()) {
			PatternLayout oneLine = new PatternLayout("%p %c{1}: %m%n") {
				@Override
				public boolean ignoresThrowable() {
					return false;
				}
			};
			root.addAppender(new ConsoleAppender(oneLine, ConsoleAppender.SYSTEM_ERR));
		}
		root.setLevel(Level.ERROR);
	}

	@Override
	public void stop() {
		// a command runs to its end; there is nothing to interrupt
	}
}
