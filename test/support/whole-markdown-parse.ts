// One whole micromark parse with the extensions our parser uses: the reference the piecewise and
// incremental parses must reproduce exactly.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';

export const wholeMarkdownParse = (text: string) =>
  fromMarkdown(text, {
    extensions: [frontmatter(['yaml']), gfmTable(), gfmStrikethrough(), gfmTaskListItem()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTaskListItemFromMarkdown()],
  });
