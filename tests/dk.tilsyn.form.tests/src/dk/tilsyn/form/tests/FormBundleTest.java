package dk.tilsyn.form.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import dk.tilsyn.form.ReviewForm;

/** The form is a component of its own: the review application and Studio use it, it uses neither. */
class FormBundleTest {
	private static final List<String> NOT_FOR_THE_FORM = List.of("dk.tilsyn.store", "dk.tilsyn.app", "dk.tilsyn.lang.ui",
			"org.eclipse.e4.", "org.eclipse.ui", "org.eclipse.xtext", "com.google.inject", "org.antlr", "org.h2",
			"org.postgresql");

	@Test
	void theFormRequiresNoStoreNoWorkbenchAndNoXtext() {
		BundleWiring wiring = FrameworkUtil.getBundle(ReviewForm.class).adapt(BundleWiring.class);
		List<String> providers = wiring.getRequiredWires(null).stream().map(BundleWire::getProvider)
				.map(p -> p.getSymbolicName()).distinct().toList();
		assertTrue(providers.contains("org.eclipse.swt") && providers.contains("dk.tilsyn.concept"), providers.toString());
		for (String provider : providers) {
			assertFalse(NOT_FOR_THE_FORM.stream().anyMatch(provider::startsWith), provider + " among " + providers);
		}
	}
}
