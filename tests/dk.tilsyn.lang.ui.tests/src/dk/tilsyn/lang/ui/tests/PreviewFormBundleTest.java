package dk.tilsyn.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import dk.tilsyn.lang.ui.internal.PreviewView;

/**
 * Studio's form preview shows the form bundle's form: the review application, its store and the
 * store's database drivers stay out of Studio.
 */
class PreviewFormBundleTest {
	@Test
	void thePreviewUsesTheFormBundleNotTheReviewApplication() {
		BundleWiring wiring = FrameworkUtil.getBundle(PreviewView.class).adapt(BundleWiring.class);
		List<String> providers = wiring.getRequiredWires(null).stream().map(BundleWire::getProvider)
				.map(p -> p.getSymbolicName()).distinct().toList();
		assertTrue(providers.contains("dk.tilsyn.form"), providers.toString());
		assertFalse(providers.contains("dk.tilsyn.app"), providers.toString());
		assertFalse(providers.contains("dk.tilsyn.store"), providers.toString());
	}
}
