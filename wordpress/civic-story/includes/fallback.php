<?php
/**
 * The no-JavaScript fallback, rendered on the server from a story document that is a file on this
 * site (a Media Library upload). Readers without JavaScript, feed readers and search engines get the
 * gist; the widget hides it once it shows. No remote requests: a document on another site gets no
 * fallback.
 *
 * @package civic-story
 */

defined( 'ABSPATH' ) || exit;

/** Story documents larger than this are not read on the server. */
define( 'CIVIC_STORY_MAX_BYTES', 1048576 );

/** The file in this site's uploads folder a URL points to, or ''. */
function civic_story_local_file( $url ) {
	$uploads = wp_get_upload_dir();
	if ( empty( $uploads['baseurl'] ) || empty( $uploads['basedir'] ) ) {
		return '';
	}
	$path = wp_parse_url( $url, PHP_URL_PATH );
	$base = wp_parse_url( $uploads['baseurl'], PHP_URL_PATH );
	$host = wp_parse_url( $url, PHP_URL_HOST );
	if ( ! is_string( $path ) || ! is_string( $base ) || ( $host && wp_parse_url( $uploads['baseurl'], PHP_URL_HOST ) !== $host ) ) {
		return '';
	}
	$base = trailingslashit( $base );
	if ( 0 !== strpos( $path, $base ) || '.json' !== strtolower( substr( $path, -5 ) ) ) {
		return '';
	}
	$file = realpath( trailingslashit( $uploads['basedir'] ) . rawurldecode( substr( $path, strlen( $base ) ) ) );
	$root = realpath( $uploads['basedir'] );
	if ( ! $file || ! $root || 0 !== strpos( $file, trailingslashit( $root ) ) ) {
		return '';
	}
	return $file;
}

/** The story document in a local file, or null. */
function civic_story_read_document( $file ) {
	if ( '' === $file || ! is_file( $file ) || ! is_readable( $file ) || filesize( $file ) > CIVIC_STORY_MAX_BYTES ) {
		return null;
	}
	$document = json_decode( (string) file_get_contents( $file ), true );
	return is_array( $document ) ? $document : null;
}

/** The site's language as a BCP 47 tag ("nl", "pt-BR"). */
function civic_story_site_language() {
	return str_replace( '_', '-', determine_locale() );
}

/**
 * A content text (a string in the document's language, or translations keyed by language tag) in
 * the reader's language if the document has it: array( text, lang ) or null.
 */
function civic_story_pick( $text, $document_lang ) {
	if ( is_string( $text ) ) {
		return array( $text, $document_lang );
	}
	if ( ! is_array( $text ) || ! $text ) {
		return null;
	}
	$wanted = strtolower( civic_story_site_language() );
	$base   = strtok( $wanted, '-' );
	foreach ( array( $wanted, $base, strtolower( (string) $document_lang ), 'en' ) as $candidate ) {
		foreach ( $text as $lang => $value ) {
			if ( is_string( $value ) && strtolower( (string) $lang ) === $candidate ) {
				return array( $value, (string) $lang );
			}
		}
	}
	foreach ( $text as $lang => $value ) {
		if ( is_string( $value ) ) {
			return array( $value, (string) $lang );
		}
	}
	return null;
}

/** An element with the picked text, marked with its language. */
function civic_story_text( $tag, $text, $document_lang ) {
	$picked = civic_story_pick( $text, $document_lang );
	if ( ! $picked ) {
		return '';
	}
	$lang = $picked[1] ? ' lang="' . esc_attr( $picked[1] ) . '"' : '';
	return '<' . $tag . $lang . '>' . esc_html( $picked[0] ) . '</' . $tag . '>';
}

/** The fallback markup for an element, or '' when the document is not a readable local file. */
function civic_story_fallback( $element, $file, $quote_id ) {
	$document = civic_story_read_document( $file );
	if ( ! $document ) {
		return '';
	}
	$lang = isset( $document['lang'] ) && is_string( $document['lang'] ) ? $document['lang'] : '';
	switch ( $element ) {
		case 'profile':
			$city = isset( $document['city'] ) && is_array( $document['city'] ) ? $document['city'] : null;
			if ( ! $city || ! isset( $city['name'] ) ) {
				return '';
			}
			$html = civic_story_text( 'strong', $city['name'], $lang );
			if ( isset( $city['summary'] ) ) {
				$html .= ' ' . civic_story_text( 'span', $city['summary'], $lang );
			}
			return '<p>' . $html . '</p>';
		case 'timeline':
			$items = isset( $document['initiatives'] ) && is_array( $document['initiatives'] ) ? array_slice( $document['initiatives'], 0, 100 ) : array();
			$html  = '';
			foreach ( $items as $item ) {
				if ( ! is_array( $item ) || ! isset( $item['title'] ) ) {
					continue;
				}
				$start = isset( $item['start'] ) && is_string( $item['start'] ) ? $item['start'] : '';
				$date  = '' !== $start ? '<time datetime="' . esc_attr( $start ) . '">' . esc_html( substr( $start, 0, 4 ) ) . '</time>: ' : '';
				$html .= '<li>' . $date . civic_story_text( 'span', $item['title'], $lang ) . '</li>';
			}
			return '' !== $html ? '<ul>' . $html . '</ul>' : '';
		case 'quote':
			$quotes = isset( $document['quotes'] ) && is_array( $document['quotes'] ) ? $document['quotes'] : array();
			$quote  = null;
			foreach ( $quotes as $candidate ) {
				if ( is_array( $candidate ) && ( '' === $quote_id || ( isset( $candidate['id'] ) && $candidate['id'] === $quote_id ) ) ) {
					$quote = $candidate;
					break;
				}
			}
			if ( ! $quote || ! isset( $quote['text'] ) ) {
				return '';
			}
			$original = isset( $quote['lang'] ) && is_string( $quote['lang'] ) ? $quote['lang'] : $lang;
			// The original words, as the widget shows them first.
			$text = is_array( $quote['text'] ) && isset( $quote['text'][ $original ] ) ? array( $original => $quote['text'][ $original ] ) : $quote['text'];
			$html = '<blockquote>' . civic_story_text( 'p', $text, $original ) . '</blockquote>';
			if ( isset( $quote['author']['name'] ) && is_string( $quote['author']['name'] ) ) {
				$html .= '<p>— ' . esc_html( $quote['author']['name'] ) . '</p>';
			}
			return $html;
	}
	return '';
}
