/* The baseline DocCatalog is measured against: libcmark itself parsing and rendering each page to HTML,
 * one page at a time, on one thread. With --read-only it only reads the files.
 * usage: cmark-baseline [--read-only] FILE... */
#include <cmark.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  int read_only = argc > 1 && strcmp(argv[1], "--read-only") == 0;
  size_t total = 0, checksum = 0;
  for (int i = 1 + read_only; i < argc; i++) {
    FILE *file = fopen(argv[i], "rb");
    if (!file) { perror(argv[i]); return 2; }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *buffer = malloc((size_t)size + 1);
    if (fread(buffer, 1, (size_t)size, file) != (size_t)size) { perror(argv[i]); return 2; }
    fclose(file);
    total += (size_t)size;
    if (read_only) {
      checksum += (unsigned char)buffer[size / 2];
    } else {
      cmark_node *document = cmark_parse_document(buffer, (size_t)size, CMARK_OPT_SOURCEPOS);
      char *html = cmark_render_html(document, CMARK_OPT_DEFAULT);
      checksum += strlen(html);
      free(html);
      cmark_node_free(document);
    }
    free(buffer);
  }
  printf("%zu bytes, checksum %zu\n", total, checksum);
  return 0;
}
