package fi.yhdessa.citizen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A plain A4 document of headings and wrapped paragraphs, for the family's downloads. It uses the
 * standard PDF fonts, which cover Finnish, Swedish and English; a character they lack is written
 * as a question mark rather than failing the download.
 */
final class PdfWriter {

	private static final float MARGIN = 50;
	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	private final PDDocument document = new PDDocument();
	private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
	private PDPageContentStream page;
	private float y;

	PdfWriter(String title, String language) {
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle(title);
		info.setCreator("Yhdessä");
		document.getDocumentCatalog().setLanguage(language);
		newPage();
		write(bold, 16, title, 6);
	}

	PdfWriter heading(String text) {
		y -= 6;
		return write(bold, 12, text, 4);
	}

	PdfWriter paragraph(String text) {
		return write(regular, 10, text, 3);
	}

	PdfWriter small(String text) {
		return write(regular, 8, text, 6);
	}

	byte[] bytes() {
		try (document) {
			page.close();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private PdfWriter write(PDType1Font font, float size, String text, float after) {
		try {
			for (String line : wrap(font, size, printable(font, text == null ? "" : text))) {
				if (y - size < MARGIN) {
					page.close();
					newPage();
				}
				page.beginText();
				page.setFont(font, size);
				page.newLineAtOffset(MARGIN, y - size);
				page.showText(line);
				page.endText();
				y -= size * 1.3f;
			}
			y -= after;
			return this;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void newPage() {
		try {
			PDPage next = new PDPage(PDRectangle.A4);
			document.addPage(next);
			page = new PDPageContentStream(document, next);
			y = PDRectangle.A4.getHeight() - MARGIN;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<String> wrap(PDType1Font font, float size, String text) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\\R", -1)) {
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.split(" ")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > WIDTH) {
					lines.add(line.toString());
					line = new StringBuilder(word);
				}
				else {
					line = new StringBuilder(candidate);
				}
			}
			lines.add(line.toString());
		}
		return lines;
	}

	private static String printable(PDType1Font font, String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			String character = Character.toString(c == '\t' ? ' ' : c);
			if (c == '\n' || c == '\r') {
				out.append(character);
				return;
			}
			try {
				font.encode(character);
				out.append(character);
			}
			catch (IOException | IllegalArgumentException e) {
				out.append('?');
			}
		});
		return out.toString();
	}
}
