package dk.tilsyn.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.junit.jupiter.api.Test;

/**
 * SWT draws the workbench's SVG icons (decorations among them) with its SVG rasterizer, whose
 * classes SPI Fly weaves with ASM as they load. An ASM older than the running JDK cannot read
 * its class files ("Unsupported class file major version 69" on Java 25), the rasterizer is then
 * missing, and every decorated icon ended in an error dialog.
 */
class SvgImagesTest {
	@Test
	void anSvgImageIsRasterizedOnThisJdk() {
		String svg = "<svg xmlns='http://www.w3.org/2000/svg' width='16' height='16'>"
				+ "<rect x='0' y='0' width='16' height='16' fill='#ff0000'/></svg>";
		ImageData[] images = new ImageLoader()
				.load(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		assertEquals(1, images.length);
		assertEquals(16, images[0].width, "rasterized at its own size on Java " + Runtime.version().feature());
		int pixel = images[0].getPixel(8, 8);
		assertEquals(0xFF, images[0].palette.getRGB(pixel).red, "the red square is red");
	}
}
