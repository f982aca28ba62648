<?php
/**
 * Plugin Name:       civic-story
 * Plugin URI:        https://www.npmjs.com/package/civic-story
 * Description:       A city's inclusion story in a post: a "City story" block and a [civic-story] shortcode show the civic-story widgets (city profile, timeline, quote) from a story document in the Media Library.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            civic-story contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       civic-story
 * Domain Path:       /languages
 *
 * @package civic-story
 */

defined( 'ABSPATH' ) || exit;

define( 'CIVIC_STORY_VERSION', '0.1.0' );
define( 'CIVIC_STORY_DIR', plugin_dir_path( __FILE__ ) );
define( 'CIVIC_STORY_URL', plugin_dir_url( __FILE__ ) );

require_once CIVIC_STORY_DIR . 'includes/fallback.php';

/** The elements an author may choose, by the name used in the block and the shortcode. */
function civic_story_elements() {
	return array(
		'profile'  => 'civic-city-profile',
		'timeline' => 'civic-timeline',
		'quote'    => 'civic-quote',
	);
}

/** A quote id as the story document allows it. */
function civic_story_valid_quote_id( $id ) {
	return is_string( $id ) && 1 === preg_match( '/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/', $id );
}

add_action( 'init', 'civic_story_init' );

/** Translations, the scripts, the block and the shortcode. */
function civic_story_init() {
	load_plugin_textdomain( 'civic-story', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );

	$bundle = CIVIC_STORY_URL . 'assets/civic-story.bundle.js';
	// Front end: a script module where WordPress has them (6.5 and later), else a classic script
	// handle printed with type="module" (see civic_story_module_tag).
	if ( function_exists( 'wp_register_script_module' ) ) {
		wp_register_script_module( 'civic-story', $bundle, array(), CIVIC_STORY_VERSION );
	}
	wp_register_script( 'civic-story-bundle', $bundle, array(), CIVIC_STORY_VERSION, true );

	wp_register_script(
		'civic-story-block-editor',
		CIVIC_STORY_URL . 'block/editor.js',
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		CIVIC_STORY_VERSION,
		true
	);
	wp_set_script_translations( 'civic-story-block-editor', 'civic-story', CIVIC_STORY_DIR . 'languages' );
	wp_register_style( 'civic-story-block-editor', CIVIC_STORY_URL . 'block/editor.css', array(), CIVIC_STORY_VERSION );

	register_block_type(
		CIVIC_STORY_DIR . 'block',
		array( 'render_callback' => 'civic_story_render_block' )
	);

	add_shortcode( 'civic-story', 'civic_story_shortcode' );
}

/** Loads the widgets on this page (called only where a widget is rendered). */
function civic_story_enqueue() {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'civic-story' );
	} else {
		wp_enqueue_script( 'civic-story-bundle' );
	}
}

add_filter( 'script_loader_tag', 'civic_story_module_tag', 10, 2 );

/** The bundle is an ES module: its classic-script tag gets type="module". */
function civic_story_module_tag( $tag, $handle ) {
	if ( 'civic-story-bundle' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
	return preg_replace( '/<script\s/', '<script type="module" ', $tag, 1 );
}

// The editor canvas previews the widgets themselves.
add_action( 'enqueue_block_editor_assets', 'civic_story_editor_assets' );
add_action( 'enqueue_block_assets', 'civic_story_canvas_assets' );

function civic_story_editor_assets() {
	wp_enqueue_script( 'civic-story-bundle' );
}

/** In an iframed editor canvas (WordPress 6.3 and later) the widgets must be defined inside it too. */
function civic_story_canvas_assets() {
	if ( is_admin() ) {
		wp_enqueue_script( 'civic-story-bundle' );
	}
}

/**
 * The block: its saved content is only the block comment with its attributes, so nothing an author
 * saves is markup that kses would strip; the element is made here, on every view.
 */
function civic_story_render_block( $attributes ) {
	$attributes = is_array( $attributes ) ? $attributes : array();
	$src        = '';
	$file       = '';
	$media      = isset( $attributes['mediaId'] ) ? absint( $attributes['mediaId'] ) : 0;
	if ( $media && 'application/json' === get_post_mime_type( $media ) ) {
		$src  = (string) wp_get_attachment_url( $media );
		$file = (string) get_attached_file( $media );
	}
	if ( '' === $src && isset( $attributes['src'] ) && is_string( $attributes['src'] ) ) {
		$src = $attributes['src'];
	}
	$html = civic_story_markup(
		array(
			'element' => isset( $attributes['element'] ) ? $attributes['element'] : 'timeline',
			'src'     => $src,
			'quote'   => isset( $attributes['quote'] ) ? $attributes['quote'] : '',
			'file'    => $file,
		)
	);
	if ( '' === $html ) {
		return '';
	}
	return '<div ' . get_block_wrapper_attributes() . '>' . $html . '</div>';
}

/** [civic-story element="timeline" src="…" quote="…"] */
function civic_story_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'element' => 'timeline',
			'src'     => '',
			'quote'   => '',
		),
		$atts,
		'civic-story'
	);
	return civic_story_markup( $atts );
}

/**
 * The element for validated attributes, with the no-JavaScript fallback when the document is a
 * file on this site. One line, so a later wpautop finds no line breaks to turn into paragraphs.
 * Invalid attributes show nothing to readers and a short note to those who can edit posts.
 */
function civic_story_markup( $args ) {
	$elements = civic_story_elements();
	$element  = is_string( $args['element'] ) ? strtolower( trim( $args['element'] ) ) : '';
	if ( ! isset( $elements[ $element ] ) ) {
		/* translators: %s: the element name given in the block or shortcode */
		return civic_story_problem( sprintf( __( 'City story: unknown element “%s” (use profile, timeline or quote).', 'civic-story' ), $element ) );
	}
	$quote = is_string( $args['quote'] ) ? trim( $args['quote'] ) : '';
	if ( '' !== $quote && ! civic_story_valid_quote_id( $quote ) ) {
		/* translators: %s: the quote id given in the block or shortcode */
		return civic_story_problem( sprintf( __( 'City story: “%s” is not a valid quote id.', 'civic-story' ), $quote ) );
	}
	// A block attribute may have passed through kses, which writes & as &amp;.
	$src = is_string( $args['src'] ) ? esc_url( wp_specialchars_decode( trim( $args['src'] ) ), array( 'http', 'https' ) ) : '';
	if ( '' === $src ) {
		return civic_story_problem( __( 'City story: no story document. Choose one from the Media Library or give its URL.', 'civic-story' ) );
	}
	$file = isset( $args['file'] ) && '' !== $args['file'] ? $args['file'] : civic_story_local_file( wp_specialchars_decode( trim( $args['src'] ) ) );

	civic_story_enqueue();
	$tag  = $elements[ $element ];
	$html = '<' . $tag . ' src="' . $src . '"';
	if ( 'quote' === $element && '' !== $quote ) {
		$html .= ' quote="' . esc_attr( $quote ) . '"';
	}
	$html .= '>' . civic_story_fallback( $element, $file, $quote ) . '</' . $tag . '>';
	return $html;
}

/** Nothing for readers; for editors, a note saying what is wrong. */
function civic_story_problem( $message ) {
	if ( ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	return '<p class="civic-story-problem" role="note">' . esc_html( $message ) . '</p>';
}

// Story documents (.json) in the Media Library, for those who may upload files; nothing else.
add_filter( 'upload_mimes', 'civic_story_upload_mimes', 10, 2 );
add_filter( 'wp_check_filetype_and_ext', 'civic_story_check_json', 10, 4 );

function civic_story_upload_mimes( $mimes, $user = null ) {
	$can = $user ? user_can( $user, 'upload_files' ) : current_user_can( 'upload_files' );
	if ( $can ) {
		$mimes['json'] = 'application/json';
	}
	return $mimes;
}

/**
 * The server's file type detection calls a small JSON file text/plain: a .json upload is a story
 * document when it parses as JSON, whatever the detection says.
 */
function civic_story_check_json( $data, $file, $filename, $mimes ) {
	if ( ! empty( $data['type'] ) || 'json' !== strtolower( pathinfo( (string) $filename, PATHINFO_EXTENSION ) ) ) {
		return $data;
	}
	if ( ! is_array( $mimes ) ) {
		$mimes = get_allowed_mime_types();
	}
	if ( ! in_array( 'application/json', $mimes, true ) || ! is_readable( $file ) || filesize( $file ) > CIVIC_STORY_MAX_BYTES ) {
		return $data;
	}
	json_decode( (string) file_get_contents( $file ) );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		return $data;
	}
	$data['ext']  = 'json';
	$data['type'] = 'application/json';
	return $data;
}
