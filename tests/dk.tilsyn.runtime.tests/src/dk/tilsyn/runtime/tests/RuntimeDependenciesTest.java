package dk.tilsyn.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The runtime — what supervisors run — reads concepts with EMF alone: no bundle it needs, directly
 * or through another, is Xtext, Guice or ANTLR. The check follows the resolved wires (Require-Bundle
 * and Import-Package) in the running framework, so a dependency that sneaks in through a re-export
 * or a package import fails it just as a direct one.
 */
class RuntimeDependenciesTest {

	/** The runtime bundles: the review application and its form, the engines, the store, the report, the concept runtime. */
	static final List<String> RUNTIME = List.of("dk.tilsyn.model", "dk.tilsyn.model.concept", "dk.tilsyn.deadlines",
			"dk.tilsyn.concept", "dk.tilsyn.concept.kk2018", "dk.tilsyn.store", "dk.tilsyn.report", "dk.tilsyn.io",
			"dk.tilsyn.sampling", "dk.tilsyn.sampling.concept", "dk.tilsyn.population", "dk.tilsyn.form", "dk.tilsyn.app");

	static final List<String> FORBIDDEN = List.of("org.eclipse.xtext", "com.google.inject", "org.antlr");

	@Test
	void noRuntimeBundleReachesXtextGuiceOrAntlr() {
		Map<String, String> offending = new LinkedHashMap<>();
		for (String name : RUNTIME) {
			Bundle root = bundle(name).orElseThrow(() -> new AssertionError(name + " is not installed"));
			path(root).ifPresent(path -> offending.put(name, path));
		}
		assertEquals(Map.of(), offending, "runtime bundles and the path by which each reaches a forbidden bundle");
	}

	@Test
	void theWalkFollowsWiresThroughOtherBundles() {
		Bundle self = FrameworkUtil.getBundle(getClass());
		assertNotNull(self);
		assertTrue(reaches(self, "junit-jupiter-api").isPresent() || reaches(self, "org.junit.jupiter.api").isPresent(),
				"the walk follows Require-Bundle wires");
		assertTrue(reaches(bundle("dk.tilsyn.concept.kk2018").orElseThrow(), "dk.tilsyn.deadlines").isPresent(),
				"the walk follows wires through other bundles");
	}

	private static Optional<String> path(Bundle root) {
		for (String prefix : FORBIDDEN) {
			Optional<String> path = reaches(root, prefix);
			if (path.isPresent()) {
				return path;
			}
		}
		return Optional.empty();
	}

	/** The chain of bundle names from root to the first bundle whose name starts with prefix. */
	private static Optional<String> reaches(Bundle root, String prefix) {
		Map<Bundle, Bundle> cameFrom = new LinkedHashMap<>();
		ArrayDeque<Bundle> todo = new ArrayDeque<>(List.of(root));
		cameFrom.put(root, null);
		while (!todo.isEmpty()) {
			Bundle b = todo.poll();
			if (b != root && b.getSymbolicName().startsWith(prefix)) {
				StringBuilder path = new StringBuilder(b.getSymbolicName());
				for (Bundle p = cameFrom.get(b); p != null; p = cameFrom.get(p)) {
					path.insert(0, p.getSymbolicName() + " → ");
				}
				return Optional.of(path.toString());
			}
			BundleWiring wiring = b.adapt(BundleWiring.class);
			if (wiring == null) {
				continue;
			}
			for (BundleWire wire : wiring.getRequiredWires(null)) {
				Bundle provider = wire.getProviderWiring().getBundle();
				if (provider.getBundleId() != 0 && !cameFrom.containsKey(provider)) {
					cameFrom.put(provider, b);
					todo.add(provider);
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<Bundle> bundle(String name) {
		for (Bundle b : FrameworkUtil.getBundle(RuntimeDependenciesTest.class).getBundleContext().getBundles()) {
			if (b.getSymbolicName().equals(name)) {
				return Optional.of(b);
			}
		}
		return Optional.empty();
	}
}
