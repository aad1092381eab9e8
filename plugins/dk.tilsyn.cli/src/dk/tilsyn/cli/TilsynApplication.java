package dk.tilsyn.cli;

import java.util.Arrays;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import dk.tilsyn.cli.internal.Cli;

/** The headless application behind {@code tilsyn <command>}; its exit code is the command's. */
public class TilsynApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		return Integer.valueOf(new Cli(System.out, System.err).run(args == null ? new String[0] : Arrays.copyOf(args, args.length)));
	}

	@Override
	public void stop() {
		// a command runs to its end; there is nothing to interrupt
	}
}
