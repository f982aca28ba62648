/**
 * The "City story" block in the block editor: choose the element (profile, timeline, quote), a quote
 * id, and a story document from the Media Library or by URL; the widget itself previews in the
 * canvas. Plain JavaScript on WordPress's globals (no build step). The block saves nothing but its
 * attributes: the server renders the element on every view (render_callback).
 */
( function ( wp ) {
	'use strict';

	const h = wp.element.createElement;
	const useState = wp.element.useState;
	const __ = wp.i18n.__;
	const blockEditor = wp.blockEditor;
	const components = wp.components;

	const TAGS = { profile: 'civic-city-profile', timeline: 'civic-timeline', quote: 'civic-quote' };
	const QUOTE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
	const JSON_TYPES = [ 'application/json' ];

	function elementOptions() {
		return [
			{ value: 'profile', label: __( 'City profile', 'civic-story' ) },
			{ value: 'timeline', label: __( 'Timeline', 'civic-story' ) },
			{ value: 'quote', label: __( 'Quote', 'civic-story' ) },
		];
	}

	/** "Choose from the Media Library": .json story documents only. */
	function mediaButton( attributes, setAttributes ) {
		return h(
			blockEditor.MediaUploadCheck,
			null,
			h( blockEditor.MediaUpload, {
				allowedTypes: JSON_TYPES,
				value: attributes.mediaId || undefined,
				onSelect( media ) {
					setAttributes( { mediaId: media.id, src: media.url } );
				},
				render( props ) {
					return h(
						components.Button,
						{ variant: 'secondary', onClick: props.open },
						attributes.mediaId ? __( 'Replace', 'civic-story' ) : __( 'Choose from the Media Library', 'civic-story' )
					);
				},
			} )
		);
	}

	/** A URL field that applies on submit, so the preview does not fetch every half-typed URL. */
	function UrlForm( props ) {
		const [ url, setUrl ] = useState( props.value || '' );
		return h(
			'form',
			{
				className: 'civic-story-block__url',
				onSubmit( event ) {
					event.preventDefault();
					props.onApply( url.trim() );
				},
			},
			h( components.TextControl, {
				label: __( 'Story document URL', 'civic-story' ),
				type: 'url',
				value: url,
				onChange: setUrl,
			} ),
			h( components.Button, { variant: 'primary', type: 'submit' }, __( 'Use this URL', 'civic-story' ) )
		);
	}

	function Edit( props ) {
		const attributes = props.attributes;
		const setAttributes = props.setAttributes;
		const blockProps = blockEditor.useBlockProps( { className: 'civic-story-block' } );
		const quoteValid = ! attributes.quote || QUOTE_ID.test( attributes.quote );
		const applyUrl = ( src ) => setAttributes( { src, mediaId: 0 } );
		const elementSelect = () =>
			h( components.SelectControl, {
				label: __( 'Element', 'civic-story' ),
				value: attributes.element,
				options: elementOptions(),
				onChange( element ) {
					setAttributes( { element } );
				},
			} );

		const settings = h(
			blockEditor.InspectorControls,
			null,
			h(
				components.PanelBody,
				{ title: __( 'City story', 'civic-story' ) },
				elementSelect(),
				attributes.element === 'quote' &&
					h( components.TextControl, {
						label: __( 'Quote id', 'civic-story' ),
						help: quoteValid
							? __( 'The id of the quote in the story document; empty for its first quote.', 'civic-story' )
							: h( 'span', { className: 'civic-story-block__problem' }, __( 'Not a valid quote id: letters, digits and . _ : - only.', 'civic-story' ) ),
						value: attributes.quote,
						onChange( quote ) {
							setAttributes( { quote: quote.trim() } );
						},
					} ),
				h( 'p', null, __( 'Story document', 'civic-story' ) ),
				mediaButton( attributes, setAttributes ),
				h( UrlForm, { key: attributes.src, value: attributes.src, onApply: applyUrl } )
			)
		);

		if ( ! attributes.src ) {
			return h(
				'div',
				blockProps,
				settings,
				h(
					components.Placeholder,
					{
						icon: 'location-alt',
						label: __( 'City story', 'civic-story' ),
						instructions: __( 'Choose a story document (a .json file) from the Media Library or give its URL.', 'civic-story' ),
					},
					elementSelect(),
					mediaButton( attributes, setAttributes ),
					h( UrlForm, { value: '', onApply: applyUrl } )
				)
			);
		}

		const tag = TAGS[ attributes.element ] || TAGS.timeline;
		const elementProps = { key: tag, src: attributes.src };
		if ( attributes.element === 'quote' && attributes.quote && quoteValid ) {
			elementProps.quote = attributes.quote;
		}
		return h( 'div', blockProps, settings, h( tag, elementProps ) );
	}

	wp.blocks.registerBlockType( 'civic-story/story', {
		apiVersion: 2,
		title: __( 'City story', 'civic-story' ),
		description: __( "A city's inclusion story from a story document: its profile, its timeline or a quote.", 'civic-story' ),
		category: 'embed',
		icon: 'location-alt',
		attributes: {
			element: { type: 'string', enum: [ 'profile', 'timeline', 'quote' ], default: 'timeline' },
			quote: { type: 'string', default: '' },
			src: { type: 'string', default: '' },
			mediaId: { type: 'number', default: 0 },
		},
		supports: { html: false, align: [ 'wide', 'full' ] },
		// A [civic-story …] shortcode block converts to this block.
		transforms: {
			from: [
				{
					type: 'shortcode',
					tag: 'civic-story',
					attributes: {
						element: { type: 'string', shortcode: ( attrs ) => ( TAGS[ attrs.named.element ] ? attrs.named.element : 'timeline' ) },
						src: { type: 'string', shortcode: ( attrs ) => attrs.named.src || '' },
						quote: { type: 'string', shortcode: ( attrs ) => attrs.named.quote || '' },
					},
				},
			],
		},
		edit: Edit,
		save() {
			return null;
		},
	} );
} )( window.wp );
